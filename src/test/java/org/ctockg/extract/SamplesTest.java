package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Openings of real UN documents that are not meeting reports of our bodies (copied from the
 * shared samples): a careful reader finds in them the masthead, the acts they list and the
 * articles they name, no meeting and no attendance; the other conventions' and bodies'
 * documents hold none of our facts.
 */
class SamplesTest {
    private static ReportSet samples;

    /** The session or meeting a document was issued for: symbol, date, body, session number, days, venue. */
    private static final String ISSUED_FOR = """
            PREFIX ctoc: <https://w3id.org/ctoc-kg/ontology/>
            SELECT ?source ?symbol ?date ?code ?number ?start ?end ?venue WHERE {
              GRAPH ?g { ?r ctoc:sourceFile ?source . OPTIONAL { ?r ctoc:symbol ?symbol } OPTIONAL { ?r ctoc:distributionDate ?date } }
              OPTIONAL { GRAPH ?g { ?r ctoc:issuedFor ?m . ?m ctoc:ofBody ?b . OPTIONAL { ?m ctoc:number ?number }
                         OPTIONAL { ?m ctoc:startDate ?start } OPTIONAL { ?m ctoc:endDate ?end } OPTIONAL { ?m ctoc:venue ?venue } }
                         ?b ctoc:code ?code }
            }""";

    @BeforeAll
    static void load() {
        samples = new ReportSet(Path.of("src/test/resources/samples"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-conf-222-11_background.txt", "cac-cosp-2015-1_provisional-agenda.txt", "cac-cosp-2019-5_note.txt",
        "cac-cosp-2021-3_note.txt", "ced-c-sr-522_summary-record.txt", "ctoc-cop-1-decisions_webpage.txt", "ctoc-cop-2-decisions_webpage.txt",
        "ctoc-cop-3-decisions_webpage.txt", "ctoc-cop-2008-16_working-paper.txt", "ctoc-cop-wg2-2007-2_background.txt",
        "ctoc-cop-wg6-2018-3_background.txt", "fccc-cp-1998-16_cop4-report.txt", "unep-cbd-cop-10-27_cop10-report.txt"})
    void noMeetingAttendanceStatementOrPersonIsInvented(String source) {
        assertEquals(Set.of(), samples.rows("meetings", source, "body"));
        assertEquals(Set.of(), samples.rows("attendance", source, "state"));
        assertEquals(Set.of(), samples.rows("statements", source, "state"));
        assertEquals(Set.of(), samples.rows("people", source, "name"));
        assertEquals(Set.of(), samples.rows("documents", source, "symbol"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-conf-222-11_background.txt", "ced-c-sr-522_summary-record.txt", "fccc-cp-1998-16_cop4-report.txt",
        "unep-cbd-cop-10-27_cop10-report.txt"})
    void otherConventionsAndBodiesHoldNoneOfOurFacts(String source) {
        assertEquals(Set.of(), samples.rows("conference-acts", source, "act"));
        assertEquals(Set.of(), samples.rows("article-mentions", source, "article"));
        assertEquals(Set.of(), samples.rows("document-mentions", source, "symbol"));
        assertEquals(Set.of(""), samples.rows(ISSUED_FOR, source, "code"), "issued for none of our meetings");
    }

    @Test
    void decisionListsGiveTheirDecisionsToTheConferenceOfTheParties() {
        assertEquals(acts("decision", 1, 6, "COP"), samples.rows("conference-acts", "ctoc-cop-1-decisions_webpage.txt", "act", "conference").stream()
                .map(SamplesTest::code).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        Set<String> second = acts("decision", 2, 6, "COP");
        second.add("decision 1/2|COP");
        assertEquals(second, codes(samples.rows("conference-acts", "ctoc-cop-2-decisions_webpage.txt", "act", "conference")));
        assertEquals(acts("decision", 3, 4, "COP"), codes(samples.rows("conference-acts", "ctoc-cop-3-decisions_webpage.txt", "act", "conference")));
        assertEquals(Set.of("32|"), samples.rows("article-mentions", "ctoc-cop-2-decisions_webpage.txt", "article", "paragraph"));
        assertEquals(Set.of("32|3", "32|4", "32|5"), samples.rows("article-mentions", "ctoc-cop-3-decisions_webpage.txt", "article", "paragraph"));
    }

    @Test
    void theCorruptionConventionsNotesKeepItsResolutionsApartAndItsArticlesOut() {
        assertEquals(Set.of("resolution 1/4|COSP"), codes(samples.rows("conference-acts", "cac-cosp-2019-5_note.txt", "act", "conference")));
        assertEquals(Set.of("resolution 1/1|COSP", "resolution 2/1|COSP"),
                codes(samples.rows("conference-acts", "cac-cosp-2021-3_note.txt", "act", "conference")));
        assertEquals(Set.of(), samples.rows("conference-acts", "cac-cosp-2015-1_provisional-agenda.txt", "act"));
        for (String note : new String[] {"cac-cosp-2015-1_provisional-agenda.txt", "cac-cosp-2019-5_note.txt", "cac-cosp-2021-3_note.txt"}) {
            assertEquals(Set.of(), samples.rows("article-mentions", note, "article"));
            assertEquals(Set.of(), samples.rows("body-mandates", note, "body"), "a working group the text describes is no meeting of the note's");
        }
        assertEquals(Set.of("CAC/COSP/2019/1"), samples.rows("document-mentions", "cac-cosp-2019-5_note.txt", "symbol"));
    }

    @Test
    void theOrganizedCrimeConventionsPapersKeepTheirActsArticlesAndMentions() {
        assertEquals(Set.of("decision 2/6|COP", "decision 3/4|COP"),
                codes(samples.rows("conference-acts", "ctoc-cop-2008-16_working-paper.txt", "act", "conference")));
        assertEquals(Set.of("CTOC/COP/2008/1", "CTOC/COP/2008/7"), samples.rows("document-mentions", "ctoc-cop-2008-16_working-paper.txt", "symbol"));
        assertEquals(Set.of("resolution 8/3|COP"), codes(samples.rows("conference-acts", "ctoc-cop-wg6-2018-3_background.txt", "act", "conference")));
        assertEquals(Set.of("30|"), samples.rows("article-mentions", "ctoc-cop-wg2-2007-2_background.txt", "article", "paragraph"));
        assertEquals(Set.of("CTOC/COP/WG.2/2007/1"), samples.rows("document-mentions", "ctoc-cop-wg2-2007-2_background.txt", "symbol"));
    }

    @Test
    void theMastheadSaysWhichSessionOrMeetingADocumentWasIssuedFor() {
        assertEquals(Set.of("|2015-08-19|COSP|6|2015-11-02|2015-11-06|St. Petersburg"), issuedFor("cac-cosp-2015-1_provisional-agenda.txt"));
        assertEquals(Set.of("CAC/COSP/2019/5|2019-09-23|COSP|8|2019-12-16|2019-12-20|Abu Dhabi"), issuedFor("cac-cosp-2019-5_note.txt"));
        assertEquals(Set.of("CAC/COSP/2021/3|2021-09-20|COSP|9|2021-12-13|2021-12-17|Sharm el-Sheikh"), issuedFor("cac-cosp-2021-3_note.txt"));
        assertEquals(Set.of("CTOC/COP/2008/16|2008-08-22|COP|4|2008-10-08|2008-10-17|Vienna"), issuedFor("ctoc-cop-2008-16_working-paper.txt"));
        assertEquals(Set.of("CTOC/COP/WG.2/2007/2|2007-09-19|TA||2007-10-03|2007-10-05|Vienna"), issuedFor("ctoc-cop-wg2-2007-2_background.txt"));
        assertEquals(Set.of("CTOC/COP/WG.6/2018/3|2018-02-21|FA||2018-05-02|2018-05-03|Vienna"), issuedFor("ctoc-cop-wg6-2018-3_background.txt"));
        assertEquals(Set.of("A/CONF.222/11|2015-01-30|||||"), issuedFor("a-conf-222-11_background.txt"));
    }

    private static Set<String> issuedFor(String source) {
        return samples.rows(ISSUED_FOR, source, "symbol", "date", "code", "number", "start", "end", "venue");
    }

    private static Set<String> acts(String kind, int session, int last, String conference) {
        Set<String> out = new TreeSet<>();
        IntStream.rangeClosed(1, last).forEach(n -> out.add(kind + " " + session + "/" + n + "|" + conference));
        return out;
    }

    private static Set<String> codes(Set<String> rows) {
        return rows.stream().map(SamplesTest::code).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /** "decision 1/1|Conference of the Parties ..." as "decision 1/1|COP". */
    private static String code(String row) {
        String[] parts = row.split("\\|", 2);
        return parts[0] + "|" + (parts[1].contains("Corruption") ? "COSP" : parts[1].contains("Organized Crime") ? "COP" : parts[1]);
    }

}
