package org.ctockg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A State's description stays small however many meetings it attended: over a synthetic corpus
 * (copies of one seed report under other names, so France took part in 22 meetings' worth of
 * participations), its page and its RDF list at most a page of the things pointing to it per
 * property, with the count and a link to the next page; and a page asked for again is served
 * from the cache of rendered representations.
 */
class BoundedDescriptionsTest {
    private static final int COPIES = 11;
    private static final String CTOC = "https://w3id.org/ctoc-kg/ontology/";
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    @TempDir
    static Path reports;
    static CtocServer server;
    static Http http;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        // the joint report lists France at both of its meetings: two participations a copy
        Path seed = Path.of("data/reports/002_e849c5b39783f854.txt");
        for (int i = 0; i < COPIES; i++) {
            Files.copy(seed, reports.resolve("synthetic-" + i + ".txt"));
        }
        int port = Http.freePort();
        base = "http://localhost:" + port + "/";
        server = ServerTest.start(reports, port, Duration.ofSeconds(30));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRdfListsOnePageOfParticipationsWithTheCountAndTheNextPage() throws Exception {
        IRI france = VF.createIRI(base + "id/state/FRA");
        Model first = turtle("/id/state/FRA");
        assertEquals(ResourceDescriber.PAGE_SIZE, first.filter(null, VF.createIRI(CTOC + "participant"), france).size());
        Resource collection = VF.createIRI(base + "id/state/FRA?incoming=ctoc:participant");
        assertEquals("22", Models.objectLiteral(first.filter(collection, VF.createIRI(HYDRA + "totalItems"), null)).orElseThrow().getLabel());
        Resource view = Models.objectResource(first.filter(collection, VF.createIRI(HYDRA + "view"), null)).orElseThrow();
        IRI next = Models.objectIRI(first.filter(view, VF.createIRI(HYDRA + "next"), null)).orElseThrow();

        Model second = turtle(next.stringValue().substring(base.length() - 1));
        assertEquals(2, second.filter(null, VF.createIRI(CTOC + "participant"), france).size(), "the rest on the second page");
        Resource secondView = VF.createIRI(next.stringValue());
        assertTrue(second.filter(secondView, VF.createIRI(HYDRA + "next"), null).isEmpty(), "no third page");
        assertTrue(!second.filter(secondView, VF.createIRI(HYDRA + "previous"), null).isEmpty());
        assertEquals(404, http.get("/id/state/FRA?incoming=ctoc:participant&page=3", "Accept", "text/turtle").statusCode());
    }

    @Test
    void thePageShowsAtMostAPagePerPropertyAndLinksToTheNext() {
        HttpResponse<String> page = http.get("/id/state/FRA", "Accept", ServerTest.CHROME);
        assertEquals(200, page.statusCode());
        String body = page.body();
        int start = body.indexOf(">took part</a>");
        assertTrue(start > 0, "the participations under their inverse reading");
        String group = body.substring(start, body.indexOf("</section>", start));
        assertEquals(ResourceDescriber.PAGE_SIZE, count(group, "<li>"));
        assertTrue(group.contains("(22)"), group);
        // the template escapes = too, which browsers read back
        assertTrue(group.contains("rel=\"next\" href=\"/id/state/FRA?incoming&#61;ctoc:participant&amp;page&#61;2\""), group);
    }

    @Test
    void aPageAskedForAgainComesFromTheCache() {
        String path = "/id/state/FRA?incoming=ctoc:mentionsState";
        double before = hits();
        HttpResponse<String> first = http.get(path, "Accept", "text/turtle");
        double afterFirst = hits();
        HttpResponse<String> second = http.get(path, "Accept", "text/turtle");
        assertEquals(200, second.statusCode());
        assertEquals(first.body(), second.body());
        assertEquals(before, afterFirst, "the first request renders");
        assertEquals(afterFirst + 1, hits(), "the second is a cache hit");
    }

    private static Model turtle(String path) throws IOException {
        HttpResponse<String> r = http.get(path, "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Rio.parse(new StringReader(r.body()), base, RDFFormat.TURTLE);
    }

    /** Cache hits of the rendered representations, as the metrics endpoint reports them. */
    private static double hits() {
        Matcher m = Pattern.compile("cache_gets_total\\{[^}]*cache=\"representations\"[^}]*result=\"hit\"[^}]*\\} (\\S+)")
                .matcher(http.get("/$/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
