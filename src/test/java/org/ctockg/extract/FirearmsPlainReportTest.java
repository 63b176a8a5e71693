package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Firearms Working Group report as a PDF converter prints it (masthead in two columns, plain
 * headings), written for this test: every contract query on a body and layout the seeds lack.
 */
class FirearmsPlainReportTest {
    static String text;

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(Path.of("src/test/resources/reports/firearms-plain.txt"));
    }

    private static Set<String> rows(String query, String... columns) {
        return new TreeSet<>(Fragments.column(Fragments.rows(query, text), columns));
    }

    @Test
    void theMeeting() {
        assertEquals(Set.of("FA|2017-05-08|2017-05-09|Vienna"), rows("meetings", "body", "start", "end", "venue"));
    }

    @Test
    void attendanceWithAccentsOldAndNewNamesAndAnObserverState() {
        assertEquals(new TreeSet<>(List.of("DZA|party", "ARG|party", "BEL|party", "BRA|party", "CIV|party", "CZE|party", "IRN|party",
                "TUR|party", "USA|party", "VEN|party", "CAN|signatory", "JPN|signatory", "PSE|observer")), rows("attendance", "state", "role"));
    }

    @Test
    void mandatesOfOneSentenceWithTwoActs() {
        assertEquals(Set.of("FA|decision 5/4|established", "FA|resolution 7/2|constant-element"), rows("body-mandates", "body", "act", "kind"));
    }

    @Test
    void protocolArticlesAreNotTheConventions() {
        assertEquals(Set.of("18|13"), rows("article-mentions", "article", "paragraph"));
    }

    @Test
    void jointSymbolsChairAndSpeakers() {
        assertEquals(Set.of("CTOC/COP/WG.6/2017/1", "CTOC/COP/WG.6/2017/2", "CTOC/COP/WG.6/2017/3"), rows("documents", "symbol"));
        assertEquals(Set.of("Ali Alpay|chair|TUR"), rows("people", "name", "role", "state"));
        assertEquals(Set.of("DEU", "MEX", "RUS"), rows("statements", "state"));
    }
}
