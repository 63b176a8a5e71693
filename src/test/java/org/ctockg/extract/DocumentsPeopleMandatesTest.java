package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class DocumentsPeopleMandatesTest {

    @Test
    void documentsBeforeTheMeetingAndMentions() {
        String text = Fragments.report("""
                1. The Working Group had before it the following:

                (a) Provisional agenda and annotations ([CTOC/COP/WG.2/2018/1–CTOC/COP/WG.3/2018/1](#));

                2. Speakers recalled the Accra Agenda for Action (A/63/539, annex).<sup>1</sup>

                ---

                <sup>1</sup> See CTOC/COP/2012/15, chap. I, sect. A.

                Annex

                List of documents before the Working Group

                CTOC/COP/WG.2/2012/3- CTOC/COP/WG.3/2012/4\t7\tReport of the Secretariat
                """);
        assertEquals(new TreeSet<>(List.of("CTOC/COP/WG.2/2018/1", "CTOC/COP/WG.3/2018/1", "CTOC/COP/WG.2/2012/3", "CTOC/COP/WG.3/2012/4")),
                new TreeSet<>(Fragments.column(Fragments.rows("documents", text), "symbol")));
        assertEquals(new TreeSet<>(List.of("CTOC/COP/WG.2/2018/1", "CTOC/COP/WG.3/2018/1", "CTOC/COP/WG.2/2012/3", "CTOC/COP/WG.3/2012/4",
                "A/63/539", "CTOC/COP/2012/15")), new TreeSet<>(Fragments.column(Fragments.rows("document-mentions", text), "symbol")));
    }

    @Test
    void documentsKeepTheTitlesTheListGivesThem() {
        String text = Fragments.report("""
                1. The Working Group had before it the following:

                (a) Provisional agenda and annotations (CTOC/COP/WG.2/2018/1);

                (b) Note by the Secretariat on firearms (CTOC/COP/WG.6/2018/3).

                Annex

                List of documents before the Working Group

                CTOC/COP/WG.2/2012/3- CTOC/COP/WG.3/2012/4\t7\tReport of the Secretariat on cultural property
                CTOC/COP/2012/9\t4 and 5\t
                """);
        assertEquals(new TreeSet<>(List.of("CTOC/COP/WG.2/2018/1|Provisional agenda and annotations", "CTOC/COP/WG.6/2018/3|Note by the Secretariat on firearms",
                "CTOC/COP/WG.2/2012/3|Report of the Secretariat on cultural property", "CTOC/COP/WG.3/2012/4|Report of the Secretariat on cultural property",
                "CTOC/COP/2012/9|")), new TreeSet<>(Fragments.column(Fragments.rows("documents", text), "symbol", "title")));
    }

    @Test
    void chairsAndPanellistsWithCountryOrOrganization() {
        Set<String> rows = new TreeSet<>(Fragments.column(Fragments.rows("people", Fragments.report("""
                1. In his opening statement, the Chairman, Eugenio Curia (Argentina), recalled the mandate.

                2. The discussion was led by the following panellists: Ms. Virginia Prugh (United States), Mr. Rafael Edmundo Mateos Poumián (Mexico) and Ignacio de Lucas, a representative of UNODC.

                3. The panellist gave an overview of past efforts.
                """)), "name", "role", "state"));
        assertEquals(new TreeSet<>(List.of("Eugenio Curia|chair|ARG", "Virginia Prugh|panellist|USA",
                "Rafael Edmundo Mateos Poumián|panellist|MEX", "Ignacio de Lucas|panellist|")), rows);
    }

    @Test
    void mandatesNamedAndDescribedBodies() {
        Set<String> rows = new TreeSet<>(Fragments.column(Fragments.rows("body-mandates", Fragments.report("""
                1. The Working Group of Government Experts on Technical Assistance was established pursuant to decision 2/6 of the Conference. In its decision 4/3, the Conference decided that the Working Group should be a constant element of the Conference.

                2. In its resolution 7/1, the Conference decided that the working groups established by it should continue to meet.
                """)), "body", "act", "kind"));
        assertEquals(new TreeSet<>(List.of("TA|decision 2/6|established", "TA|decision 4/3|constant-element")), rows);
    }

    @Test
    void meetingsOfAJointReport() {
        String text = """
                Conference of the Parties to the United Nations Convention against Transnational Organized Crime

                Working Group on
                International Cooperation

                Vienna, 28–31 May 2018

                Draft report on the meetings of the Working Group of Government Experts on Technical Assistance and the Working Group on International Cooperation held in Vienna from 28 to 31 May 2018

                I. Introduction

                1. The Working Groups met.
                """;
        assertEquals(new TreeSet<>(List.of("TA|2018-05-28|2018-05-31|Vienna", "IC|2018-05-28|2018-05-31|Vienna")),
                new TreeSet<>(Fragments.column(Fragments.rows("meetings", text), "body", "start", "end", "venue")));
    }
}
