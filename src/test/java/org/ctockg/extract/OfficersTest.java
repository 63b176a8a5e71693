package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** officers.rq: chairs, vice-chairs and rapporteurs; people.rq keeps only the contract's chairs and panellists. */
class OfficersTest {

    private static Set<String> officers(String text) {
        return new TreeSet<>(Fragments.column(Fragments.rows("officers", text), "name", "role", "state"));
    }

    @Test
    void aViceChairIsNotTheChair() {
        String text = Fragments.report("""
                1. In the absence of the Chair, the Vice-Chair, Mr. Hans Müller (Germany), opened the meeting. The Chair, Ms. Ana Pérez (Spain), joined later.

                2. Mr. Kofi Mensah (Ghana), Rapporteur of the Working Group, introduced the draft report.
                """);
        assertEquals(new TreeSet<>(List.of("Hans Müller|vice-chair|DEU", "Ana Pérez|chair|ESP", "Kofi Mensah|rapporteur|GHA")), officers(text));
        assertEquals(Set.of("Ana Pérez|chair|ESP"), new TreeSet<>(Fragments.column(Fragments.rows("people", text), "name", "role", "state")));
    }

    @Test
    void theOfficersAMeetingElected() {
        assertEquals(new TreeSet<>(List.of("Ana Pérez|chair|ESP", "John Smith|vice-chair|CAN", "Li Wei|vice-chair|CHN",
                "Ahmed Ali|rapporteur|EGY", "Maria Rossi|vice-chair|ITA")), officers(Fragments.report("""
                1. At its 1st meeting, the Working Group elected the following officers:
                Chair: Ms. Ana Pérez (Spain)
                Vice-Chairs: Mr. John Smith (Canada), Ms. Li Wei (China)
                Rapporteur: Mr. Ahmed Ali (Egypt)

                2. The Working Group also elected Ms. Maria Rossi (Italy) as Vice-Chair.
                """)));
    }

    @Test
    void aVicePresidentOfAConferenceSession() {
        assertEquals(Set.of("Jan Kowalski|vice-chair|POL"), officers(Fragments.report("""
                1. The meeting was opened by the Vice-President, Mr. Jan Kowalski (Poland), on behalf of the President.
                """)));
    }
}
