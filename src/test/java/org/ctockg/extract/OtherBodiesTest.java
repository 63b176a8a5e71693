package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Reports of the Conference's own sessions, of the Corruption Convention's bodies and of the Protocols' working groups. */
class OtherBodiesTest {

    private static final String COP_SESSION = """
            Conference of the Parties to the United Nations Convention against Transnational Organized Crime

            Distr.: General
            2 November 2018

            Report of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime on its ninth session, held in Vienna from 15 to 19 October 2018

            I. Resolutions and decisions adopted by the Conference

            1. At its ninth session, the Conference adopted resolution 9/1, entitled "Establishment of the Mechanism", which recalled General Assembly resolution 55/25 and article 32 of the Convention.

            II. Organization of the session

            2. The following States parties to the Convention were represented at the ninth session: Brazil, Fiji and Holy See.

            3. The following States not parties to the Convention were represented by observers: Bhutan and Somalia.

            4. At its 1st plenary meeting, the Conference elected by acclamation Mr. Jan Kowalski (Poland) as President.
            """;

    private static final String COSP = """
            Conference of the States Parties to the United Nations Convention against Corruption

            Report of the Conference of the States Parties to the United Nations Convention against Corruption on its fifth session, held in Panama City from 25 to 29 November 2013

            I. Introduction

            1. In its resolution 4/3, the Conference decided that the Implementation Review Group should continue its work. Reference was made to resolution 5/7 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime and to article 46 of the Convention.

            2. The following States parties to the Convention were represented: Kenya and Peru.
            """;

    @Test
    void aSessionOfTheConference() {
        assertEquals(Set.of("COP|2018-10-15|2018-10-19|Vienna"),
                new TreeSet<>(Fragments.column(Fragments.rows("meetings", COP_SESSION), "body", "start", "end", "venue")));
        assertEquals(new TreeSet<>(List.of("BRA|party", "FJI|party", "VAT|party", "BTN|observer", "SOM|observer")),
                new TreeSet<>(Fragments.column(Fragments.rows("attendance", COP_SESSION), "state", "role")));
        assertEquals(Set.of("resolution 9/1"), new TreeSet<>(Fragments.column(Fragments.rows("conference-acts", COP_SESSION), "act")));
        assertEquals(Set.of("Jan Kowalski|chair|POL"), new TreeSet<>(Fragments.column(Fragments.rows("people", COP_SESSION), "name", "role", "state")));
        assertEquals(Set.of("9/1|32|"), new TreeSet<>(Fragments.column(Fragments.rows("resolution-articles", COP_SESSION), "resolution", "article", "paragraph")));
    }

    @Test
    void theCorruptionConventionsConferenceKeepsItsOwnNumbersAndArticles() {
        assertEquals(Set.of("COSP|2013-11-25|2013-11-29|Panama City"),
                new TreeSet<>(Fragments.column(Fragments.rows("meetings", COSP), "body", "start", "end", "venue")));
        assertEquals(new TreeSet<>(List.of("resolution 4/3|Conference of the States Parties to the United Nations Convention against Corruption",
                "resolution 5/7|Conference of the Parties to the United Nations Convention against Transnational Organized Crime")),
                new TreeSet<>(Fragments.column(Fragments.rows("conference-acts", COSP), "act", "conference")));
        assertEquals(Set.of(), new TreeSet<>(Fragments.column(Fragments.rows("article-mentions", COSP), "article")));
        assertEquals(Set.of("KEN|party", "PER|party"), new TreeSet<>(Fragments.column(Fragments.rows("attendance", COSP), "state", "role")));
    }

    @Test
    void aProtocolWorkingGroupsArticlesAreTheProtocols() {
        String tip = """
                Conference of the Parties to the United Nations Convention against Transnational Organized Crime

                Report on the meeting of the Working Group on Trafficking in Persons held in Vienna on 6 and 7 July 2016

                I. Introduction

                1. Speakers referred to article 6 of the Protocol, to article 9 and to article 24 of the Organized Crime Convention.
                """;
        assertEquals(Set.of("TIP|2016-07-06|2016-07-07|Vienna"),
                new TreeSet<>(Fragments.column(Fragments.rows("meetings", tip), "body", "start", "end", "venue")));
        assertEquals(Set.of("24|"), new TreeSet<>(Fragments.column(Fragments.rows("article-mentions", tip), "article", "paragraph")));
    }
}
