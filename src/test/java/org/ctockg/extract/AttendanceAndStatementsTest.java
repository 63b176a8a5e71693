package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class AttendanceAndStatementsTest {

    private static Set<String> attendance(String body) {
        return new TreeSet<>(Fragments.column(Fragments.rows("attendance", Fragments.report(body)), "state", "role"));
    }

    @Test
    void partiesSignatoriesAndObserversKeepTheirRoles() {
        Set<String> rows = attendance("""
                1. The following States parties to the Convention were represented at the meeting: Afghanistan, Bolivia (Plurinational State of), Côte d'Ivoire, the Russian Federation, United Kingdom of Great Britain and Northern Ireland and Venezuela (Bolivarian Republic of).

                2. The following States signatories to the Convention were represented by observers: Czech Republic and Iran (Islamic Republic of).

                3. Palestine, an entity maintaining a permanent observer mission, was also represented by an observer.

                4. The European Union, a regional economic integration organization that is a party to the Convention, was represented at the meeting.
                """);
        assertEquals(new TreeSet<>(List.of("AFG|party", "BOL|party", "CIV|party", "RUS|party", "GBR|party", "VEN|party",
                "CZE|signatory", "IRN|signatory", "PSE|observer")), rows);
    }

    @Test
    void aListCutByAFootnoteBlockIsRejoinedAndGluedMarkersDropped() {
        Set<String> rows = attendance("""
                1. The following States parties to the Convention were represented at the meeting: Chile,1 China, Romania,

                ---

                1 Attending one meeting only.

                Russian Federation and Zimbabwe [...].
                """);
        assertEquals(new TreeSet<>(List.of("CHL|party", "CHN|party", "ROU|party", "RUS|party", "ZWE|party")), rows);
    }

    @Test
    void aSignatoryStateNamedAloneIsASignatory() {
        assertEquals(Set.of("IRN|signatory"), attendance("""
                1. Iran (Islamic Republic of), a signatory State to the Convention, was represented by an observer.
                """));
    }

    @Test
    void statementsFromListsAndSingleObservers() {
        List<String> states = Fragments.column(Fragments.rows("statements", Fragments.report("""
                1. Statements were made by representatives of the following States: Niger, Nigeria, Dominica, Dominican Republic and Guinea-Bissau.

                2. The observer for Islamic Republic of Iran also made a statement.

                3. The representative of the European Union made a statement.

                4. The Chair of the Working Group made an opening statement.
                """)), "state");
        assertEquals(new TreeSet<>(List.of("NER", "NGA", "DMA", "DOM", "GNB", "IRN")), new TreeSet<>(states));
    }

    @Test
    void attendanceIsNotReadFromOtherParagraphs() {
        assertTrue(attendance("""
                1. Speakers from France and Germany discussed extradition.
                """).isEmpty());
    }
}
