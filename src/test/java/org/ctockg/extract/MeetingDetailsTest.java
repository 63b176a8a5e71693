package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** meeting-details.rq and meeting-attendance.rq: ordinal, session, and who attended which meeting of a joint report. */
class MeetingDetailsTest {

    private static List<String> details(String text) {
        return Fragments.column(Fragments.rows("meeting-details", text), "body", "start", "ordinal", "session");
    }

    @Test
    void ordinalAndSessionOfThisMeeting() {
        assertEquals(List.of("TA|2016-10-17|9|8"), details(Fragments.report("""
                1. The Working Group held its ninth meeting in Vienna from 17 to 19 October 2016, during the eighth session of the Conference.
                """)));
    }

    @Test
    void aSessionOfTheConferenceIsNotTheOrdinalOfTheMeeting() {
        assertEquals(List.of("TA|2016-10-17||6"), details(Fragments.report("""
                1. The Working Group held a meeting on 17 and 18 October 2016, during the sixth session of the Conference.
                """)));
    }

    @Test
    void theNthMeetingOfTheGroupWasHeldOnItsDays() {
        assertEquals(List.of("TA|2016-10-17|4|"), details(Fragments.report("""
                1. The fourth meeting of the Working Group was held on 17, 18 and 19 October 2016.
                """)));
    }

    @Test
    void aFutureMeetingAnotherMeetingAndAnotherConventionsSessionAreNotThisOne() {
        assertEquals(List.of("TA|2016-10-17||"), details(Fragments.report("""
                1. The Working Group held its tenth meeting in Vienna from 10 to 13 October 2015. The Working Group requests the Secretariat to report to it at its next meeting, to be held during the ninth session of the Conference.

                2. The Working Group met from 17 to 19 October 2016, in the margins of the seventh session of the Conference of the States Parties to the United Nations Convention against Corruption.
                """)));
    }

    @Test
    void aWorkingGroupOfTheCorruptionConventionMeetsDuringItsOwnConference() {
        String text = """
                Conference of the States Parties to the United Nations Convention against Corruption

                Distr.: General
                12 September 2019

                Report on the meeting of the Open-ended Intergovernmental Working Group on Asset Recovery held in Abu Dhabi on 16 and 17 December 2019

                I. Introduction

                1. The Working Group held its thirteenth meeting in Abu Dhabi on 16 and 17 December 2019, during the eighth session of the Conference.
                """;
        // session is the Organized Crime Convention's Conference's only: empty here
        assertEquals(List.of("AR|2019-12-16|13|"), details(text));
    }

    @Test
    void ordinalFromTheMastheadKeepsTheMastheadAsEvidence() {
        String text = """
                Conference of the States Parties to the United Nations Convention against Corruption

                Distr.: General
                20 June 2018

                Implementation Review Group
                Ninth session
                Vienna, 4–6 June 2018

                Report of the Implementation Review Group on its ninth session, held in Vienna from 4 to 6 June 2018

                I. Introduction

                1. The Group met.
                """;
        List<Map<String, String>> rows = Fragments.rows("meeting-details", text);
        assertEquals(List.of("IRG|2018-06-04|9|"), Fragments.column(rows, "body", "start", "ordinal", "session"));
        assertEquals("masthead", rows.get(0).get("evidence"));
    }

    private static final String JOINT = """
            Conference of the Parties to the United Nations Convention against Transnational Organized Crime

            Working Group on Trafficking in Persons

            Vienna, 6 and 7 July 2021

            Working Group on the Smuggling of Migrants

            Vienna, 6 and 7 July 2021

            Report on the meetings of the Working Group on Trafficking in Persons and the Working Group on the Smuggling of Migrants held in Vienna on 6 and 7 July 2021

            I. Attendance

            1. The following States parties to the Convention were represented at the meetings: Austria, Brazil,<sup>1</sup> Chile, Peru,<sup>2</sup> Togo.

            2. Japan, a signatory State, was represented by an observer.<sup>3</sup>

            ---

            <sup>1</sup> Attended the meeting of the Working Group on the Smuggling of Migrants only.

            <sup>2</sup> Did not attend the meeting of the Working Group on the Smuggling of Migrants.

            <sup>3</sup> Attending the 12th meeting of the Working Group on Trafficking in Persons only.
            """;

    @Test
    void footnotesRestrictAStateToOneMeetingOfAJointReport() {
        Set<String> rows = new TreeSet<>(Fragments.column(Fragments.rows("meeting-attendance", JOINT), "body", "state", "role"));
        assertEquals(new TreeSet<>(List.of("TIP|AUT|party", "SOM|AUT|party", "SOM|BRA|party", "TIP|CHL|party", "SOM|CHL|party",
                "TIP|PER|party", "TIP|TGO|party", "SOM|TGO|party", "TIP|JPN|signatory")), rows);
    }

    @Test
    void anOrdinalReadFromAFootnoteKeepsTheFootnoteAsEvidence() {
        List<Map<String, String>> rows = Fragments.rows("meeting-details", JOINT);
        assertEquals(new TreeSet<>(List.of("TIP|2021-07-06|12|", "SOM|2021-07-06||")),
                new TreeSet<>(Fragments.column(rows, "body", "start", "ordinal", "session")));
        String tip = rows.stream().filter(r -> r.get("body").equals("TIP")).findFirst().orElseThrow().get("evidence");
        assertTrue(tip.contains("footnote 3"), tip);
    }

    @Test
    void aFootnoteIsLinkedToTheWordsItQualifies() {
        assertEquals("Brazil", StructureWriter.qualified("Austria, Brazil, Chile", "Austria, Brazil,".length()));
        assertEquals("which was adopted at its 1st meeting", StructureWriter.qualified("The agenda, which was adopted at its 1st meeting.", 49));
    }

    @Test
    void statesKnownOnlyFromStatementsAreNotAttendanceRows() {
        assertEquals(List.of(), Fragments.rows("meeting-attendance", Fragments.report("""
                1. Statements were made by representatives of the following States: Australia, Canada and Chile.
                """)));
    }
}
