package org.ctockg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.sparql.core.DatasetGraph;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Requests that tried to break the server (issue 9): each must end with a clear error while the
 * server keeps answering everyone else. The time limit is 2 s here.
 */
class HostileRequestsTest {
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static CtocServer server;
    static Http http;
    static int port;

    @BeforeAll
    static void start() {
        port = Http.freePort();
        BaseIri base = new BaseIri("http://localhost:" + port + "/");
        ReferenceData reference = ReferenceData.load();
        DatasetGraph data = InMemoryCorpus.load(List.of(Path.of("data/reports/000_6070a0695036df62.txt")),
                new ReportExtractor(new Iris(base), reference), reference, d -> { }).dataset().asDatasetGraph();
        server = CtocServer.start(data, new ServerSettings(port, base, LIMIT, true));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000L;
    }

    @Test
    @Timeout(60)
    void aRegexThatBacktracksForMinutesStopsAtTheLimit() {
        // (.*a){10} against 45 a's and a b backtracks for minutes in java.util.regex
        String text = "a".repeat(45) + "b";
        long start = System.nanoTime();
        HttpResponse<String> r = http.query("SELECT ?m WHERE { BIND(REGEX(\"" + text + "\", \"^(.*a){10}$\") AS ?m) }",
                "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds(start) < 15, "stopped near the 2 s limit: " + seconds(start) + " s");
        start = System.nanoTime();
        r = http.query("SELECT ?m WHERE { BIND(REPLACE(\"" + text + "\", \"^(.*a){10}$\", \"x\") AS ?m) }",
                "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds(start) < 15, "REPLACE too: " + seconds(start) + " s");
        assertEquals(200, http.query("ASK { FILTER(REGEX(\"abc\", \"^a.c$\", \"i\")) }", "application/sparql-results+json").statusCode());
        assertTrue(http.query("ASK { FILTER(REGEX(\"ABC\", \"^a.c$\", \"i\")) }", "application/sparql-results+json").body()
                .contains("true"), "flags still work");
    }

    @Test
    @Timeout(60)
    void aQueryStoppedWhileItsResultsWouldStreamIsAnErrorNotCutResults() {
        // the first rows come at once, the whole cross product takes far longer than the limit
        HttpResponse<String> r = http.query("SELECT ?s ?o ?x WHERE { ?s ?p ?o . ?x ?y ?z . ?u ?v ?w }", "application/sparql-results+json");
        assertEquals(503, r.statusCode(), "status " + r.statusCode() + ", " + r.body().length() + " chars");
        assertFalse(r.body().contains("\"bindings\""), "no results, not some of them");
    }

    @Test
    @Timeout(60)
    void queriesThatDoubleAStringAreBoundedNotAnOutOfMemoryError() {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?s30) AS ?n) WHERE { BIND(\"" + "x".repeat(1024) + "\" AS ?s0)");
        for (int i = 1; i <= 30; i++) {
            q.append(" BIND(CONCAT(?s").append(i - 1).append(", ?s").append(i - 1).append(") AS ?s").append(i).append(")");
        }
        q.append(" }");
        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            running.add(CompletableFuture.supplyAsync(() -> http.query(q.toString(), "application/sparql-results+json")));
        }
        for (CompletableFuture<HttpResponse<String>> f : running) {
            HttpResponse<String> r = f.join();
            assertEquals(200, r.statusCode(), r.body());
            assertFalse(r.body().contains("\"type\""), "the doubled string is an error, so ?n stays unbound: " + r.body());
        }
        String replace = "SELECT (STRLEN(REPLACE(\"" + "x".repeat(4096) + "\", \"x\", \"" + "y".repeat(1024) + "\")) AS ?n) {}";
        assertFalse(http.query(replace, "application/sparql-results+json").body().contains("\"type\""), "REPLACE is bounded too");
        assertEquals(200, http.get("/$/ping").statusCode());
    }

    @Test
    @Timeout(120)
    void slowQueriesCannotTakeEveryThreadPingAndPagesStillAnswer() throws Exception {
        // a server whose queries may run 10 s: forty of them would hold every thread that long
        int slowPort = Http.freePort();
        BaseIri base = new BaseIri("http://localhost:" + slowPort + "/");
        ReferenceData reference = ReferenceData.load();
        DatasetGraph data = InMemoryCorpus.load(List.of(Path.of("data/reports/000_6070a0695036df62.txt")),
                new ReportExtractor(new Iris(base), reference), reference, d -> { }).dataset().asDatasetGraph();
        try (CtocServer slowServer = CtocServer.start(data, new ServerSettings(slowPort, base, Duration.ofSeconds(10), true))) {
            Http slowHttp = new Http(slowServer.port());
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                running.add(CLIENT.sendAsync(sparqlGet(slowPort, slow), HttpResponse.BodyHandlers.ofString()));
            }
            Thread.sleep(1000);
            long start = System.nanoTime();
            assertEquals(200, slowHttp.get("/$/ping").statusCode());
            assertTrue(seconds(start) < 3, "ping answered at once: " + seconds(start) + " s");
            assertEquals(200, slowHttp.get("/", "Accept", "text/html").statusCode());
            assertTrue(seconds(start) < 6, "and the home page: " + seconds(start) + " s");
            int refused = 0;
            for (CompletableFuture<HttpResponse<String>> f : running) {
                HttpResponse<String> r = f.join();
                if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent()) {
                    refused++;
                }
            }
            assertTrue(refused > 0, "some queries were turned away with 503 and Retry-After");
        }
    }

    @Test
    void aHugeQueryIsRefusedWith413() {
        String body = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(10_000_000);
        HttpResponse<String> r = http.send("POST", "/ctoc/sparql", "application/sparql-query", body);
        assertEquals(413, r.statusCode());
        String form = Http.form("query", body);
        assertEquals(413, http.send("POST", "/ctoc/sparql", "application/x-www-form-urlencoded", form).statusCode());
    }

    @Test
    void tenThousandHeadersAreRefusedWith431() throws IOException {
        StringBuilder request = new StringBuilder("GET /$/ping HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 10_000; i++) {
            request.append("X-H").append(i).append(": v\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        assertEquals(431, rawStatus(request.toString()));
    }

    @Test
    void traceIsNotAnswered() throws IOException {
        for (String path : List.of("/ctoc/sparql", "/", "/id/state/FRA", "/$/ping")) {
            int status = rawStatus("TRACE " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Secret: s\r\nConnection: close\r\n\r\n");
            assertEquals(405, status, path);
        }
    }

    @Test
    void aTimeoutThatIsNoNumberIsABadRequest() {
        HttpResponse<String> r = http.get("/ctoc/sparql?timeout=abc&query=ASK%7B%7D", "Accept", "application/sparql-results+json");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("timeout"), r.body());
        assertEquals(200, http.get("/ctoc/sparql?timeout=1.5&query=ASK%7B%7D", "Accept", "application/sparql-results+json").statusCode());
    }

    private static HttpRequest sparqlGet(int port, String query) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ctoc/sparql?query="
                        + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build();
    }

    /** Sends a request as written and returns the status of the answer. */
    private static int rawStatus(String request) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before it has read everything
            }
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) != -1 && c != '\n'; ) {
                line.append((char) c);
            }
            String[] parts = line.toString().split(" ");
            return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        }
    }
}
