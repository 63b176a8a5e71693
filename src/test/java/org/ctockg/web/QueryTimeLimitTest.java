package org.ctockg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.junit.jupiter.api.Test;

/** A query that runs past the server's time limit ends with an error, not with cut results. */
class QueryTimeLimitTest {

    @Test
    void aQueryPastTheLimitEndsWithAnError() {
        int port = Http.freePort();
        BaseIri base = new BaseIri("http://localhost:" + port + "/");
        ReferenceData reference = ReferenceData.load();
        var loaded = InMemoryCorpus.load(List.of(Path.of("data/reports")), new ReportExtractor(new Iris(base), reference), reference, d -> { });
        try (CtocServer server = CtocServer.start(loaded.dataset().asDatasetGraph(),
                new ServerSettings(port, base, Duration.ofSeconds(1), true))) {
            Http http = new Http(server.port());
            long start = System.nanoTime();
            HttpResponse<String> slow = http.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                    "application/sparql-results+json");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(slow.statusCode() >= 500, "an error, not results: " + slow.statusCode() + " " + slow.body());
            assertTrue(seconds < 20, "stopped near the limit, not run to the end: " + seconds + " s");
            assertEquals(200, http.query("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode(),
                    "the server still answers");
        }
    }
}
