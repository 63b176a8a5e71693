package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** agenda-items.rq: the adopted agenda, headings over an item, "considered agenda item 2, entitled ..."; statements under their item. */
class AgendaItemsTest {

    private static Set<String> items(String text) {
        return new TreeSet<>(Fragments.column(Fragments.rows("agenda-items", text), "body", "item", "title"));
    }

    @Test
    void theAdoptedAgendaWithoutItsSubItemsAndAnnotations() {
        assertEquals(new TreeSet<>(List.of("TA|1|Organizational matters", "TA|2|Review of technical assistance needs",
                "TA|3|Other matters", "TA|4|Adoption of the report")), items(Fragments.report("""
                1. The Working Group met.

                II. Organization of the meeting

                2. At its 1st meeting, on 17 October 2016, the Working Group adopted the following agenda, as orally amended:
                1. Organizational matters:
                    - (a) Opening of the meeting;
                    - (b) Adoption of the agenda and organization of work.
                  2. Review of technical assistance needs.
                  3. Other matters (*joint item*).
                  4. Adoption of the report.

                3. Next paragraph.
                """)));
    }

    @Test
    void anAgendaRunOnInOneLineAsAConverterJoinedIt() {
        assertEquals(new TreeSet<>(List.of("TA|1|Opening of the session", "TA|2|Mobilization of resources",
                "TA|3|Adoption of the report")), items(Fragments.report("""
                1. The Working Group met.

                2. It heard the Chair. 3. The agenda as adopted was as follows: 1. Opening of the session: (a) Election of officers; (b) Adoption of the agenda. 2. Mobilization of resources. 3. Adoption of the report. 4. The Chair opened the meeting.
                """)));
    }

    @Test
    void aHeadingOverTheItemsDiscussion() {
        assertEquals(new TreeSet<>(List.of("TA|3|Disposal, sharing and use of confiscated proceeds of crime", "TA|5|Other matters")),
                items(Fragments.report("""
                1. The Working Group met.

                II. Summary of deliberations

                A. Disposal, sharing and use of confiscated proceeds of crime

                2. With the Chair presiding, the discussion on agenda item 3 was led by the following panellists: Wilson Merino Sánchez (Ecuador).

                B. Outcome of the joint discussion on cultural property

                3. The Working Groups met jointly on 18 October 2016.

                4. Under agenda item 7, the Working Group recommended that the Conference consider the matter.

                C. Other matters

                5. At its 2nd meeting, the Working Group considered item 5 (other matters). No issues were raised.

                III. Organization of the meeting

                A. Opening and duration of the meeting

                6. Introductory statements were made by representatives of the Secretariat on item 2 of the agenda, which was adopted at its 1st meeting.
                """)));
    }

    @Test
    void consideredAgendaItemEntitled() {
        assertEquals(Set.of("TA|2|Good practices for effective training"), items(Fragments.report("""
                1. At its 1st meeting, on 17 October, the Working Group considered agenda item 2, entitled “Good practices for effective training”. Statements were made.
                """)));
    }

    @Test
    void aJointHeadingNamesEachGroupsItemNumber() {
        String text = """
                Conference of the Parties to the United Nations Convention against Transnational Organized Crime

                Report on the meetings of the Working Group on Trafficking in Persons and the Working Group on the Smuggling of Migrants held in Vienna on 6 and 7 July 2021

                I. Joint items

                1. The Working Groups met.

                - 1. **Other matters (agenda item 4, Working Group on Trafficking in Persons; agenda item 6, Working Group on the Smuggling of Migrants)**

                2. No other matters were raised.
                """;
        assertEquals(new TreeSet<>(List.of("TIP|4|Other matters", "SOM|6|Other matters")), items(text));
    }

    @Test
    void statementsAreLinkedToTheItemTheyWereMadeUnder() {
        String q = """
                PREFIX ctoc: <https://w3id.org/ctoc-kg/ontology/>
                SELECT ?state ?item WHERE { ?s a ctoc:Statement ; ctoc:speaker/ctoc:iso3166Alpha3 ?state ; ctoc:underAgendaItem/ctoc:number ?item }
                """;
        Set<String> rows = new TreeSet<>(Fragments.column(Fragments.select(q, Fragments.report("""
                1. The Working Group met.

                II. Summary of deliberations

                A. Mobilization of resources

                2. At its 2nd meeting, the Working Group considered agenda item 4, on mobilization of resources.

                3. Statements were made by representatives of the following States: Chile and Peru.

                4. Under agenda item 5, statements were made by representatives of the following States: Togo.
                """)), "state", "item"));
        assertEquals(new TreeSet<>(List.of("CHL|4", "PER|4", "TGO|5")), rows);
    }

    @Test
    void theOfficeAndItsAbbreviationMakeOneStatement() {
        String q = """
                PREFIX ctoc: <https://w3id.org/ctoc-kg/ontology/>
                SELECT ?s WHERE { ?s a ctoc:Statement }
                """;
        assertEquals(1, Fragments.select(q, Fragments.report("""
                1. A representative of the United Nations Office on Drugs and Crime (UNODC) made a statement on the activities undertaken.
                """)).size());
    }
}
