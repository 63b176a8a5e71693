package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports of the sister bodies in the forms the seeds lack (a session report of each conference
 * with its contents and the texts of its acts, the Implementation Review Group's resumed session
 * printed a page per line, the asset recovery and prevention groups, a draft, an advance unedited
 * version, a reissue, the Protocols' groups): each query gives the rows of
 * {@code reports/unseen-gold.json}, the facts a careful reader finds, in the acceptance scorer's
 * gold format (so {@code score.py --gold} measures the same set).
 */
class UnseenReportsTest {
    private static final Path FOLDER = Path.of("src/test/resources/reports");
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "meetings", List.of("body", "start", "end", "venue"),
            "attendance", List.of("state", "role"),
            "statements", List.of("state"),
            "conference-acts", List.of("act", "conference"),
            "article-mentions", List.of("article", "paragraph"),
            "documents", List.of("symbol"),
            "document-mentions", List.of("symbol"),
            "people", List.of("name", "role", "state"));
    private static ReportSet reports;
    private static JsonObject gold;

    @BeforeAll
    static void load() {
        reports = new ReportSet(FOLDER);
        gold = JSON.read(FOLDER.resolve("unseen-gold.json").toString());
    }

    static Stream<Arguments> cases() {
        JsonObject all = JSON.read(FOLDER.resolve("unseen-gold.json").toString());
        List<Arguments> out = new ArrayList<>();
        for (String report : new TreeSet<>(all.get("reports").getAsObject().keys())) {
            for (String query : new TreeSet<>(COLUMNS.keySet())) {
                out.add(Arguments.of(report, query));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void readsWhatACarefulReaderFinds(String report, String query) {
        JsonObject facts = gold.get("reports").getAsObject().get(report).getAsObject();
        String key = query.replace('-', '_');
        Set<String> want = rows(facts.get(key));
        Set<String> allowed = rows(facts.get(key + "_allowed"));
        Set<String> got = new TreeSet<>();
        for (String row : reports.rows(query, report, COLUMNS.get(query).toArray(String[]::new))) {
            got.add(query.equals("conference-acts") ? row.replaceFirst("\\|.*Corruption.*$", "|COSP").replaceFirst("\\|.*Organized Crime.*$", "|COP") : row);
        }
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        Set<String> extra = new TreeSet<>(got);
        extra.removeAll(want);
        extra.removeAll(allowed);
        assertEquals(Set.of(), missing, "missing");
        assertEquals(Set.of(), extra, "extra");
    }

    @ParameterizedTest
    @MethodSource("corpusQueries")
    void corpusFacts(String query, List<String> columns) {
        JsonObject facts = gold.get("corpus").getAsObject().get(query.replace('-', '_')).getAsObject();
        Set<String> got = new TreeSet<>();
        for (String report : gold.get("reports").getAsObject().keys()) {
            got.addAll(reports.rows(query, report, columns.toArray(String[]::new)));
        }
        Set<String> want = rows(facts.get("required"));
        assertTrue(got.containsAll(want), "missing " + want + " in " + got);
        Set<String> extra = new TreeSet<>(got);
        extra.removeAll(want);
        extra.removeAll(rows(facts.get("allowed")));
        assertEquals(Set.of(), extra, "extra");
    }

    static Stream<Arguments> corpusQueries() {
        return Stream.of(Arguments.of("resolution-articles", List.of("resolution", "article", "paragraph")),
                Arguments.of("body-mandates", List.of("body", "act")));
    }

    private static Set<String> rows(JsonValue v) {
        Set<String> out = new TreeSet<>();
        if (v == null) {
            return out;
        }
        JsonArray a = v.getAsArray();
        for (JsonValue row : a) {
            if (row.isArray()) {
                List<String> cells = new ArrayList<>();
                row.getAsArray().forEach(c -> cells.add(c.getAsString().value()));
                out.add(String.join("|", cells));
            } else {
                out.add(row.getAsString().value());
            }
        }
        return out;
    }
}
