package org.ctockg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ctockg.rdf.BaseIri;
import org.ctockg.web.AtomFeed;
import org.ctockg.web.Http;
import org.ctockg.web.ServerSettings;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} over a database folder: what survives a restart, and what a changed report replaces. */
class ServiceTest {
    private static final String A = "000_6070a0695036df62.txt";
    private static final String B = "004_185fa763c015fd82.txt";
    /** Triples per data graph; the catalog's bookkeeping (file stamps, versions) may change when the data does not. */
    private static final String GRAPH_SIZES = """
            SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!STRENDS(STR(?g), "/graph/catalog")) } GROUP BY ?g
            """;

    @TempDir
    Path dir;

    @Test
    void aRestartKeepsTheDataAndReadsNothingAgain() throws Exception {
        Path reports = reports();
        Map<String, Integer> before;
        AtomFeed feed;
        try (Service first = start(reports)) {
            assertEquals(2, first.summary().added());
            before = graphSizes(first.port());
            feed = feed(first.port());
            assertEquals(List.of("added", "added"), feed.entries().stream().map(AtomFeed.Entry::category).toList());
            assertEquals(Set.of(reportPage(A), reportPage(B)), feed.entries().stream().map(AtomFeed.Entry::link).collect(Collectors.toSet()),
                    "each entry links its report's page");
            assertTrue(feed.entries().stream().allMatch(e -> e.title().startsWith("Added: Report on the meeting")), feed.toString());
        }
        try (Service second = start(reports)) {
            assertEquals(0, second.summary().added());
            assertEquals(2, second.summary().unchanged());
            assertEquals(before, graphSizes(second.port()));
            assertEquals(feed.entries(), feed(second.port()).entries(), "nothing new after a restart that read nothing");
        }
    }

    @Test
    void aChangedReportReplacesOnlyItsGraphAndTheSearchFindsItsNewText() throws Exception {
        Path reports = reports();
        Map<String, Integer> before;
        try (Service first = start(reports)) {
            before = graphSizes(first.port());
        }
        Files.writeString(reports.resolve(B), "\n99. The Working Group also discussed zebrafish governance.\n", StandardOpenOption.APPEND);
        try (Service second = start(reports)) {
            assertEquals(1, second.summary().replaced());
            assertEquals(1, second.summary().unchanged());
            List<AtomFeed.Entry> entries = feed(second.port()).entries();
            assertEquals(List.of("changed", "added"), entries.stream().map(AtomFeed.Entry::category).toList(), "newest first");
            assertEquals(reportPage(B), entries.get(0).link());
            assertTrue(entries.get(0).updated().isAfter(entries.get(1).updated()));
            Map<String, Integer> after = graphSizes(second.port());
            String graphA = graphOf(A);
            String graphB = graphOf(B);
            assertEquals(before.get(graphA), after.get(graphA), "the other report's graph is untouched");
            assertNotEquals(before.get(graphB), after.get(graphB), "the changed report's graph is replaced");
            String search = "PREFIX text: <http://jena.apache.org/text#> SELECT ?u WHERE { ?u text:query \"zebrafish\" }";
            assertTrue(select(second.port(), search).stream().anyMatch(r -> r.get("u").contains("/id/report/004_185fa763c015fd82/")),
                    "the text index follows the change");
        }
        String text = Files.readString(reports.resolve(B)).replace("zebrafish", "okapi");
        Files.writeString(reports.resolve(B), text);
        try (Service third = start(reports)) {
            assertEquals(1, third.summary().replaced());
            String zebrafish = "PREFIX text: <http://jena.apache.org/text#> SELECT ?u WHERE { ?u text:query \"zebrafish\" }";
            String okapi = "PREFIX text: <http://jena.apache.org/text#> SELECT ?u WHERE { ?u text:query \"okapi\" }";
            assertEquals(List.of(), select(third.port(), zebrafish), "the replaced text left the index");
            assertEquals(1, select(third.port(), okapi).size(), "the new text entered it once");
        }
    }

    @Test
    void aRemovedReportLosesItsGraph() throws Exception {
        Path reports = reports();
        try (Service first = start(reports)) {
            assertTrue(graphSizes(first.port()).containsKey(graphOf(B)));
        }
        Files.delete(reports.resolve(B));
        try (Service second = start(reports)) {
            assertEquals(1, second.summary().removed());
            Map<String, Integer> after = graphSizes(second.port());
            assertTrue(after.containsKey(graphOf(A)));
            assertTrue(!after.containsKey(graphOf(B)), after.toString());
            List<AtomFeed.Entry> entries = feed(second.port()).entries();
            assertEquals(List.of("removed", "added"), entries.stream().map(AtomFeed.Entry::category).toList());
            assertEquals(null, entries.get(0).link(), "a removed report has no page to link");
            assertTrue(entries.get(0).title().contains(B));
        }
    }

    private int port;

    private Service start(Path reports) {
        port = port == 0 ? Http.freePort() : port;
        ServerSettings settings = new ServerSettings(port, new BaseIri("http://localhost:" + port + "/"), Duration.ofSeconds(30), true);
        return Service.start(dir.resolve("db"), List.of(reports), settings);
    }

    private String reportPage(String file) {
        return "http://localhost:" + port + "/id/report/" + file.replace(".txt", "");
    }

    private static AtomFeed feed(int port) throws Exception {
        HttpResponse<String> r = new Http(port).get("/feed");
        assertEquals(200, r.statusCode());
        return AtomFeed.parse(r.body());
    }

    private String graphOf(String file) {
        return "http://localhost:" + port + "/graph/report/" + file.replace(".txt", "");
    }

    private Path reports() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        for (String f : List.of(A, B)) {
            Files.copy(Path.of("data/reports").resolve(f), reports.resolve(f));
            // files written long before they are read: their size and time vouch for their bytes at once
            Files.setLastModifiedTime(reports.resolve(f), FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        }
        return reports;
    }

    private static Map<String, Integer> graphSizes(int port) throws Exception {
        Map<String, Integer> sizes = new HashMap<>();
        for (Map<String, String> row : select(port, GRAPH_SIZES)) {
            sizes.put(row.get("g"), Integer.parseInt(row.get("n")));
        }
        return sizes;
    }

    private static List<Map<String, String>> select(int port, String query) throws Exception {
        HttpResponse<String> r = new Http(port).query(query, "text/tab-separated-values");
        assertEquals(200, r.statusCode(), r.body());
        List<Map<String, String>> rows = new ArrayList<>();
        try (TupleQueryResult result = QueryResultIO.parseTuple(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                TupleQueryResultFormat.TSV, null)) {
            for (BindingSet b : result) {
                Map<String, String> row = new HashMap<>();
                b.forEach(binding -> row.put(binding.getName(), binding.getValue().stringValue()));
                rows.add(row);
            }
        }
        return rows;
    }
}
