package org.ctockg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.ctockg.store.TextSearch;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real server on a free port, over the seed reports and one report written to test
 * escaping; every answer is read with RDF4J, not with Jena that wrote it.
 */
class ServerTest {
    static final String CHROME = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String RDFLIB = "application/rdf+xml, text/n3, text/turtle, application/n-triples, application/ld+json;q=0.9";
    static final String JENA = "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,application/rdf+xml;q=0.7,*/*;q=0.5";

    @TempDir
    static Path reports;
    static CtocServer server;
    static Http http;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        try (var seeds = Files.list(Path.of("data/reports"))) {
            for (Path p : seeds.toList()) {
                Files.copy(p, reports.resolve(p.getFileName()));
            }
        }
        Files.writeString(reports.resolve("escape.txt"), """
                CTOC/COP/WG.2/2099/9

                Report on the meeting of the Working Group on International Cooperation held in Vienna on 1 and 2 March 2099

                I. Introduction

                1. The Working Group on International Cooperation held its meeting in Vienna on 1 and 2 March 2099. It discussed <img src=x onerror=alert(1)// & "quotes" in France.
                """);
        int port = Http.freePort();
        base = "http://localhost:" + port + "/";
        server = start(reports, port, Duration.ofSeconds(30));
        http = new Http(server.port());
    }

    /** A server over the reports of a folder, with its text index, on the port. */
    static CtocServer start(Path reports, int port, Duration timeout) {
        BaseIri baseIri = new BaseIri("http://localhost:" + port + "/");
        ReferenceData reference = ReferenceData.load();
        InMemoryCorpus.Result loaded = InMemoryCorpus.load(List.of(reports),
                new ReportExtractor(new Iris(baseIri), reference), reference, d -> { });
        DatasetGraph dataset = TextSearch.inMemory(loaded.dataset().asDatasetGraph()).dataset();
        return CtocServer.start(dataset, new ServerSettings(port, baseIri, timeout, true));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void pingAnswersWhenReady() {
        assertEquals(200, http.get("/$/ping").statusCode());
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, JSON",
        "application/sparql-results+xml, SPARQL",
        "text/csv, CSV",
        "text/tab-separated-values, TSV",
    })
    void selectAnswersInEveryResultFormat(String accept, String format) throws Exception {
        String query = Files.readString(Path.of("queries/meetings.rq"));
        HttpResponse<String> r = http.query(query, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
        TupleQueryResultFormat f = switch (format) {
            case "JSON" -> TupleQueryResultFormat.JSON;
            case "SPARQL" -> TupleQueryResultFormat.SPARQL;
            case "CSV" -> TupleQueryResultFormat.CSV;
            default -> TupleQueryResultFormat.TSV;
        };
        List<String> venues = new ArrayList<>();
        try (TupleQueryResult result = QueryResultIO.parseTuple(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), f, null)) {
            assertTrue(result.getBindingNames().containsAll(List.of("source", "body", "start", "end", "venue")));
            for (BindingSet b : result) {
                venues.add(b.getValue("venue").stringValue());
            }
        }
        assertTrue(venues.size() >= 7, "a row per meeting: " + venues);
        assertTrue(venues.contains("Vienna"));
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TURTLE",
        "application/n-triples, NTRIPLES",
        "application/ld+json, JSONLD",
        "application/rdf+xml, RDFXML",
        "application/trig, TRIG",
        "application/n-quads, NQUADS",
    })
    void constructAnswersInEveryRdfFormat(String accept, String format) throws Exception {
        String query = "PREFIX ctoc: <https://w3id.org/ctoc-kg/ontology/> CONSTRUCT { ?m ctoc:venue ?v } WHERE { ?m ctoc:venue ?v }";
        HttpResponse<String> r = http.query(query, accept);
        assertEquals(200, r.statusCode(), r.body());
        Model m = Rio.parse(new StringReader(r.body()), base, rdf4j(format));
        assertTrue(m.size() >= 6, "one venue per meeting: " + m.size());
    }

    @ParameterizedTest
    @CsvSource({
        "'" + CHROME + "', text/html",
        "'" + FIREFOX + "', text/html",
        "'" + RDFLIB + "', text/turtle",
        "'" + JENA + "', text/turtle",
        "application/ld+json, application/ld+json",
        "application/n-triples, application/n-triples",
        "'*/*', text/turtle",
    })
    void resourcesNegotiateTheirRepresentation(String accept, String expected) throws Exception {
        HttpResponse<String> r = http.get("/id/state/FRA", "Accept", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(expected), r.headers().toString());
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        if (expected.equals("text/html")) {
            assertTrue(r.body().contains("<h1>France</h1>"));
        } else {
            Model m = Rio.parse(new StringReader(r.body()), base, Rio.getParserFormatForMIMEType(expected).orElseThrow());
            var france = SimpleValueFactory.getInstance().createIRI(base + "id/state/FRA");
            assertTrue(m.contains(france, RDFS.LABEL, null), "the State's own statements");
            assertTrue(m.contains(null, null, france), "the statements pointing to it");
        }
    }

    @Test
    void aSuffixOrFormatParameterServesClientsThatCannotSetHeaders() throws Exception {
        HttpResponse<String> suffix = http.get("/id/state/FRA.jsonld");
        assertTrue(suffix.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertFalse(Rio.parse(new StringReader(suffix.body()), base, RDFFormat.JSONLD).isEmpty());
        HttpResponse<String> param = http.get("/id/state/FRA?format=ttl", "Accept", CHROME);
        assertTrue(param.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(400, http.get("/id/state/FRA?format=docx").statusCode());
    }

    @Test
    void resourcesCarryValidatorsAndLinksToTheirOtherFormats() {
        HttpResponse<String> first = http.get("/id/state/FRA", "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Link").orElse("").contains("rel=\"alternate\"; type=\"application/ld+json\""));
        assertEquals(304, http.get("/id/state/FRA", "Accept", "text/turtle", "If-None-Match", etag).statusCode());
        assertEquals(200, http.get("/id/state/FRA", "Accept", "application/ld+json", "If-None-Match", etag).statusCode(),
                "another format is another representation");
    }

    @Test
    void anArticlePageRollsUpTheCitationsOfItsParagraphsUnderTheInverseReading() {
        String page = http.get("/id/untoc/article/32", "Accept", CHROME).body();
        int citedBy = page.indexOf(">cited by</a>");
        assertTrue(citedBy > 0, "incoming links under the inverse reading of cites article");
        assertFalse(page.contains(">cites article</a> <span class=\"count\">"), "not under the property's own reading");
        String group = page.substring(citedBy, page.indexOf("</section>", citedBy));
        assertTrue(group.contains("/id/cop/resolution/8/4"), group);
        assertTrue(group.contains("paragraph 4 of article 32") && group.contains("paragraph 5 of article 32"),
                "the paragraphs of the article a resolution cites are named: " + group);
        int citations = page.indexOf(">citations</a>");
        String cited = page.substring(citations, page.indexOf("</section>", citations));
        assertTrue(cited.contains("resolution 8/4 cites article 32, paragraph 4"),
                "the citations of the article's paragraphs are the article's too (recommendation 6 of 004): " + cited);
        assertTrue(page.contains("<th><a href=\"http://purl.org/dc/terms/title\">title</a></th>"), "dcterms:title reads title");
    }

    @Test
    void plainJsonClientsGetJsonLdWithTheResourceFirstAndFullIris() throws Exception {
        HttpResponse<String> r = http.get("/id/state/FRA", "Accept", "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        try (var reader = jakarta.json.Json.createReader(new StringReader(r.body()))) {
            jakarta.json.JsonObject doc = reader.readObject();
            jakarta.json.JsonObject first = doc.getJsonArray("@graph").getJsonObject(0);
            assertEquals(base + "id/state/FRA", first.getString("@id"), "the described resource first, its IRI in full");
            assertEquals("FRA", first.getString("iso3166Alpha3"), "the ontology's terms as plain keys");
            assertEquals("France", first.getString("label"));
            assertTrue(doc.getJsonObject("@context").containsKey("participant"));
            for (jakarta.json.JsonValue node : doc.getJsonArray("@graph")) {
                String id = node.asJsonObject().getString("@id");
                assertTrue(id.startsWith("http") || id.startsWith("_:"), id);
            }
        }
        Model m = Rio.parse(new StringReader(r.body()), base, RDFFormat.JSONLD);
        var france = SimpleValueFactory.getInstance().createIRI(base + "id/state/FRA");
        assertTrue(m.contains(france, RDFS.LABEL, SimpleValueFactory.getInstance().createLiteral("France", "en")), "the same RDF");
    }

    @Test
    void aClientThatAcceptsNoneOfTheFormatsGets406() {
        HttpResponse<String> r = http.get("/id/state/FRA", "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), "the answer lists what is offered");
    }

    @Test
    void aResourceDescriptionCarriesItsEvidence() throws Exception {
        HttpResponse<String> r = http.get("/id/state/FRA", "Accept", "text/turtle");
        Model m = Rio.parse(new StringReader(r.body()), base, RDFFormat.TURTLE);
        var text = SimpleValueFactory.getInstance().createIRI("https://w3id.org/ctoc-kg/ontology/text");
        assertTrue(m.filter(null, text, null).objects().stream().anyMatch(o -> o.stringValue().contains("France")),
                "the text of a paragraph the participation was read from");
    }

    @Test
    void theReadmesExampleIrisExistInTheBundledReports() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## IRIs"), readme.indexOf("\n## ", readme.indexOf("## IRIs") + 1));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`(id/[^`<>]+)`").matcher(section);
        int examples = 0;
        while (m.find()) {
            examples++;
            assertEquals(200, http.get("/" + m.group(1), "Accept", "text/turtle").statusCode(), m.group(1));
        }
        assertTrue(examples >= 8, "examples found: " + examples);
    }

    @Test
    void unknownIrisAre404WithAPageForBrowsers() {
        HttpResponse<String> browser = http.get("/id/state/XXX", "Accept", CHROME);
        assertEquals(404, browser.statusCode());
        assertTrue(browser.body().contains("Not found"));
        assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        HttpResponse<String> client = http.get("/id/state/XXX", "Accept", "text/turtle");
        assertEquals(404, client.statusCode());
        assertEquals(404, http.get("/ontology/NoSuchTerm", "Accept", "text/turtle").statusCode());
        HttpResponse<String> elsewhere = http.get("/no/such/page", "Accept", CHROME);
        assertEquals(404, elsewhere.statusCode());
        assertTrue(elsewhere.body().contains("Not found"), "a page for browsers everywhere, not only under /id/");
    }

    @Test
    void pagesEscapeWhatTheyPrint() {
        HttpResponse<String> page = http.get("/id/report/escape", "Accept", CHROME);
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<img src=x"), "raw markup from a report never reaches the page");
        assertTrue(page.body().contains("&lt;img src&#61;x"), page.body());
    }

    @Test
    void reportPagesRenderTheTextWithEntitiesLinked() {
        HttpResponse<String> page = http.get("/id/report/000_6070a0695036df62", "Accept", CHROME);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<a class=\"entity\" href=\"/id/state/FRA\">France</a>"));
        assertTrue(page.body().contains("<h2>What was read</h2>") && page.body().contains("<li>meetings: 1</li>"), page.body());
    }

    @Test
    void updatesAndUploadsAreRefused() {
        String update = "INSERT DATA { <http://example.org/s> <http://example.org/p> \"o\" }";
        assertNotEquals(200, http.postForm("/ctoc/sparql", Http.form("update", update)).statusCode());
        assertNotEquals(200, http.send("POST", "/ctoc/sparql", "application/sparql-update", update).statusCode());
        assertTrue(http.postForm("/ctoc/update", Http.form("update", update)).statusCode() >= 400, "no update endpoint");
        assertTrue(http.send("PUT", "/ctoc/data", "text/turtle", "<http://example.org/s> <http://example.org/p> 1 .").statusCode() >= 400);
        assertTrue(http.send("POST", "/ctoc", "text/turtle", "<http://example.org/s> <http://example.org/p> 1 .").statusCode() >= 400);
        assertEquals(404, http.get("/ctoc/data").statusCode(), "no Graph Store Protocol read either");
        HttpResponse<String> check = http.query("ASK { <http://example.org/s> ?p ?o }", "application/sparql-results+json");
        assertTrue(check.body().contains("false"));
    }

    @Test
    void aRefusedRequestWithABodySaysItsConnectionCloses() {
        HttpResponse<String> r = http.send("PUT", "/ctoc/data", "text/turtle", "<http://example.org/s> <http://example.org/p> 1 .");
        assertEquals(405, r.statusCode());
        assertEquals("close", r.headers().firstValue("Connection").orElse("").toLowerCase(java.util.Locale.ROOT),
                "the body was not read, so the connection cannot carry the next request");
    }

    @Test
    void serviceIsRefused() {
        HttpResponse<String> r = http.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        assertTrue(r.body().contains("SERVICE is not available on this endpoint"), "said in plain words: " + r.body());
    }

    @Test
    void theEndpointWithoutAQueryShowsHowToAskOne() {
        HttpResponse<String> text = http.get("/ctoc/sparql");
        assertEquals(400, text.statusCode());
        assertTrue(text.body().contains("?query=") && text.body().contains("application/sparql-query"), text.body());
        HttpResponse<String> page = http.get("/ctoc/sparql", "Accept", CHROME);
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("<h1>How to query the SPARQL endpoint</h1>"), page.body());
        assertEquals(200, http.query("ASK {}", "application/sparql-results+json").statusCode(), "a query still goes through");
    }

    @Test
    void corsAllowsReadingFromOtherOrigins() {
        HttpResponse<String> r = http.get("/ctoc/sparql?query=ASK%7B%7D", "Origin", "https://dashboard.example.org",
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        HttpResponse<String> preflight = http.send("OPTIONS", "/ctoc/sparql", "text/plain", "");
        assertTrue(preflight.statusCode() < 400);
        HttpResponse<String> post = http.postForm("/ctoc/sparql", Http.form("query", "ASK {}"), "Origin", "https://dashboard.example.org",
                "Accept", "application/sparql-results+json");
        assertEquals(200, post.statusCode());
        assertTrue(post.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertFalse(post.headers().firstValue("Access-Control-Allow-Credentials").orElse("").equals("true"));
    }

    @Test
    void fullTextSearchWorksInSparql() throws Exception {
        HttpResponse<String> r = http.query(Files.readString(Path.of("queries/search.rq")), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().lines().count() > 2, r.body());
        assertTrue(r.body().toLowerCase().contains("cultural property"));
    }

    @Test
    void theDatasetDescribesItself() throws Exception {
        HttpResponse<String> r = http.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = Rio.parse(new StringReader(r.body()), base, RDFFormat.TURTLE);
        var vf = SimpleValueFactory.getInstance();
        assertTrue(m.contains(null, vf.createIRI("http://rdfs.org/ns/void#sparqlEndpoint"), vf.createIRI(base + "ctoc/sparql")));
        assertTrue(m.contains(null, vf.createIRI("http://www.w3.org/ns/sparql-service-description#endpoint"), null));
        assertTrue(m.contains(null, org.eclipse.rdf4j.model.vocabulary.RDF.TYPE, vf.createIRI("http://www.w3.org/ns/dcat#Dataset")));
        var dataset = vf.createIRI(base + ".well-known/void#dataset");
        assertTrue(m.contains(dataset, vf.createIRI("http://purl.org/dc/terms/license"), vf.createIRI("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(m.contains(dataset, vf.createIRI("http://purl.org/dc/terms/publisher"), null));
        var modified = org.eclipse.rdf4j.model.util.Models.objectLiteral(m.filter(dataset, vf.createIRI("http://purl.org/dc/terms/modified"), null));
        assertTrue(modified.isPresent() && modified.get().getDatatype().stringValue().endsWith("#dateTime"), m.toString());
    }

    @Test
    void theDumpHoldsEveryGraph() throws Exception {
        HttpResponse<byte[]> r = http.getBytes("/dumps/ctoc-kg.nq.gz");
        assertEquals(200, r.statusCode());
        try (var in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            var m = Rio.parse(in, base, RDFFormat.NQUADS);
            assertTrue(m.contexts().size() >= 8, "five seeds, the test report, ontology and reference: " + m.contexts().size());
        }
    }

    @Test
    void theQueryPageOffersEveryQueryFile() throws Exception {
        HttpResponse<String> page = http.get("/query", "Accept", CHROME);
        assertEquals(200, page.statusCode());
        try (var files = Files.list(Path.of("queries"))) {
            for (Path q : files.toList()) {
                assertTrue(page.body().contains("data-name=\"" + q.getFileName() + "\""), q.toString());
            }
        }
        assertEquals(200, http.get("/assets/yasgui/yasgui.min.js").statusCode(), "the editor is served locally");
        assertTrue(page.body().contains("id=\"completion\""), "the editor completes from this server's prefixes and ontology");
        String script = http.get("/assets/query.js").body();
        assertTrue(script.contains("prefixCcApi") && script.contains("local-property"), script);
        assertFalse(script.contains("prefix.cc/") || script.contains("lov.linkeddata"), "no outside service");
        assertTrue(http.get("/assets/yasgui/../../../META-INF/MANIFEST.MF").statusCode() >= 400, "no way out of the assets");
        assertEquals(404, http.get("/assets/yasgui/package.json").statusCode(), "only the editor's own files");
    }

    @Test
    void ontologyTermsDereference() {
        HttpResponse<String> term = http.get("/ontology/Meeting", "Accept", CHROME);
        assertEquals(200, term.statusCode());
        HttpResponse<String> all = http.get("/ontology", "Accept", "text/turtle");
        assertTrue(all.body().contains("Meeting"));
    }

    @Test
    void theHomePageListsReportsMeetingsBodiesAndStates() {
        HttpResponse<String> home = http.get("/", "Accept", CHROME);
        assertEquals(200, home.statusCode());
        for (String s : List.of("Reports", "Meetings", "Bodies", "States", "/id/state/FRA", "/id/report/000_6070a0695036df62")) {
            assertTrue(home.body().contains(s), s);
        }
        assertTrue(home.body().contains("<h2>Reports <span class=\"count\">"), "the heading apart from its description");
        assertTrue(home.body().contains("<p class=\"note\">Every report in the store"), home.body());
        assertTrue(home.body().contains(">1 meeting<"), "one meeting, not one meetings");
        assertFalse(home.body().contains(">1 meetings<"));
    }

    private static RDFFormat rdf4j(String name) {
        return switch (name) {
            case "TURTLE" -> RDFFormat.TURTLE;
            case "NTRIPLES" -> RDFFormat.NTRIPLES;
            case "JSONLD" -> RDFFormat.JSONLD;
            case "RDFXML" -> RDFFormat.RDFXML;
            case "TRIG" -> RDFFormat.TRIG;
            default -> RDFFormat.NQUADS;
        };
    }
}
