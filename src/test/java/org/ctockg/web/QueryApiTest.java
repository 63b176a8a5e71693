package org.ctockg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The query API on a real server over the seeds: the catalogue, every query of {@code queries/}
 * with and without its parameters (rows read back with RDF4J's result parsers and Commons CSV),
 * typed binding, problem+json errors, validators, CORS, and the library as SPARQL examples.
 */
@ExtendWith(SeedServer.class)
class QueryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static Http http;
    static String base;
    static JsonNode catalogue;

    @BeforeAll
    static void connect(SeedServer.Running server) throws IOException {
        http = server.http();
        base = server.base();
        HttpResponse<String> r = http.get("/api/queries");
        assertEquals(200, r.statusCode(), r.body());
        catalogue = JSON.readTree(r.body()).get("queries");
    }

    static Stream<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    /** Every parameter of every query, with its example. */
    static Stream<Arguments> parameterExamples() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String name : queryNames().toList()) {
            for (String line : Files.readAllLines(Path.of("queries", name + ".rq"))) {
                if (!line.startsWith("#")) {
                    break;
                }
                var m = java.util.regex.Pattern.compile("#\\s*@param\\s+(\\S+)\\s+(\\S+)\\s+(\"[^\"]*\"|\\S+?):(\\s.*)?").matcher(line);
                if (m.matches()) {
                    out.add(Arguments.of(name, m.group(1), m.group(3).replace("\"", "")));
                }
            }
        }
        return out.stream();
    }

    static JsonNode entry(String name) {
        for (JsonNode q : catalogue) {
            if (q.get("name").asText().equals(name)) {
                return q;
            }
        }
        throw new AssertionError("no catalogue entry for " + name);
    }

    static String path(String name, String... parameters) {
        StringBuilder s = new StringBuilder("/api/queries/").append(name);
        for (int i = 0; i < parameters.length; i += 2) {
            s.append(i == 0 ? '?' : '&').append(parameters[i]).append('=')
                    .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    /** The rows of a JSON answer, read with RDF4J; each row as column to value. */
    static List<Map<String, String>> rows(HttpResponse<String> r, List<String> columns) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        List<Map<String, String>> out = new ArrayList<>();
        try (TupleQueryResult result = QueryResultIO.parseTuple(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                TupleQueryResultFormat.JSON, null)) {
            if (columns != null) {
                assertEquals(columns, result.getBindingNames());
            }
            for (BindingSet b : result) {
                Map<String, String> row = new HashMap<>();
                b.forEach(binding -> row.put(binding.getName(), binding.getValue().stringValue()));
                out.add(row);
            }
        }
        return out;
    }

    static List<CSVRecord> csv(String body) throws IOException {
        try (CSVParser p = CSVParser.parse(body, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    static List<String> columns(String name) {
        List<String> out = new ArrayList<>();
        entry(name).get("columns").forEach(c -> out.add(c.asText()));
        return out;
    }

    @Test
    void theCatalogueListsEveryQueryFileWithItsQuestionParametersAndColumns() throws IOException {
        List<String> names = new ArrayList<>();
        catalogue.forEach(q -> names.add(q.get("name").asText()));
        // the same names (the catalogue lists files in file-name order: "attendance-evidence.rq" before "attendance.rq")
        assertEquals(new java.util.TreeSet<>(queryNames().toList()), new java.util.TreeSet<>(names),
                "every file of queries/ serves (a bad header would leave it out)");
        JsonNode participation = entry("state-participation");
        assertTrue(participation.get("question").asText().startsWith("Where did a State take part"));
        JsonNode state = participation.get("parameters").get(0);
        assertEquals("state", state.get("name").asText());
        assertEquals("string", state.get("type").asText());
        assertEquals("FRA", state.get("example").asText());
        assertTrue(state.get("description").asText().contains("ISO 3166-1 alpha-3"));
        assertTrue(columns("state-participation").containsAll(List.of("state", "meeting", "role", "spoke")));
        assertEquals("/api/queries/state-participation", participation.get("href").asText());
        for (JsonNode q : catalogue) {
            assertFalse(q.get("question").asText().contains("@param"), q.get("name").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQueryAnswersWithoutParametersInJsonCsvAndTsv(String name) throws Exception {
        List<String> columns = columns(name);
        List<Map<String, String>> rows = rows(http.get(path(name), "Accept", "application/sparql-results+json"), columns);
        assertFalse(rows.isEmpty(), name + " has rows on the seeds");
        HttpResponse<String> csv = http.get(path(name, "format", "csv"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        try (CSVParser p = CSVParser.parse(csv.body(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertEquals(columns, p.getHeaderNames());
            assertEquals(rows.size(), p.getRecords().size(), "CSV and JSON hold the same rows");
        }
        HttpResponse<String> tsv = http.get(path(name), "Accept", "text/tab-separated-values");
        assertEquals(200, tsv.statusCode());
        try (TupleQueryResult result = QueryResultIO.parseTuple(new ByteArrayInputStream(tsv.body().getBytes(StandardCharsets.UTF_8)),
                TupleQueryResultFormat.TSV, null)) {
            assertEquals(rows.size(), result.stream().count());
        }
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @MethodSource("parameterExamples")
    void everyParameterSelectsRowsWithItsExample(String name, String parameter, String example) throws Exception {
        List<Map<String, String>> all = rows(http.get(path(name)), null);
        List<Map<String, String>> some = rows(http.get(path(name, parameter, example)), columns(name));
        assertFalse(some.isEmpty(), name + " with " + parameter + "=" + example);
        assertTrue(some.size() <= all.size());
        if (columns(name).contains(parameter)) {
            for (Map<String, String> row : some) {
                assertEquals(example, row.get(parameter), "the column of a parameter holds its value");
            }
        }
    }

    @Test
    void withoutItsParameterStateParticipationAnswersForEveryState() throws Exception {
        Set<String> states = new HashSet<>();
        rows(http.get(path("state-participation")), null).forEach(r -> states.add(r.get("state")));
        assertTrue(states.size() > 50, "every State of the seeds: " + states.size());
        Set<String> one = new HashSet<>();
        rows(http.get(path("state-participation", "state", "FRA")), null).forEach(r -> one.add(r.get("state")));
        assertEquals(Set.of("FRA"), one);
    }

    @Test
    void yearsSelectByTheMeetingsFirstDay() throws Exception {
        List<Map<String, String>> rows = rows(http.get(path("article-discussions", "from", "2016", "to", "2016")), null);
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertTrue(r.get("start").startsWith("2016-"), r.toString()));
        assertTrue(rows(http.get(path("article-discussions", "from", "2030")), null).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "FRA\" } UNION { ?s ?p ?o } #",
        "FRA' . ?s ?p ?o . FILTER('1'='1",
        "?state",
        "<script>alert(1)</script>",
        "FRA> } ; DROP ALL ; #",
        "\\u0022 } ?s ?p ?o {",
    })
    void aParameterHoldingSparqlOrMarkupMatchesNothingAndBreaksNothing(String value) throws Exception {
        assertTrue(rows(http.get(path("state-participation", "state", value)), null).isEmpty(), value);
        assertTrue(rows(http.get(path("article-discussions", "article", value)), null).isEmpty(), value);
        HttpResponse<String> csv = http.get(path("state-participation", "state", value, "format", "csv"));
        assertEquals(200, csv.statusCode());
        assertEquals(0, csv(csv.body()).size());
        assertFalse(rows(http.get(path("state-participation", "state", "FRA")), null).isEmpty(), "still answers");
    }

    @Test
    void aDateIsNotAYear() throws Exception {
        assertProblem(http.get(path("state-participation", "from", "2012-01-01")), 400, "from");
    }

    @Test
    void errorsAreProblemsNamingTheParameter() throws IOException {
        assertProblem(http.get(path("no-such-query")), 404, null);
        assertTrue(http.get(path("no-such-query")).body().contains("no-such-query"));
        JsonNode unknown = assertProblem(http.get(path("state-participation", "colour", "red")), 400, "colour");
        assertTrue(unknown.get("detail").asText().contains("state"), "says which parameters the query takes");
        JsonNode year = assertProblem(http.get(path("state-participation", "from", "twenty")), 400, "from");
        assertTrue(year.get("detail").asText().contains("year"));
        assertProblem(http.get(path("state-participation", "state", "FRA", "state", "DEU")), 400, "state");
        assertProblem(http.get(path("state-participation", "state", "x".repeat(201))), 400, "state");
        assertProblem(http.get(path("state-participation", "format", "xml")), 400, "format");
        assertProblem(http.get(path("meetings", "body", "TA")), 400, "body");
        assertProblem(http.get(path("meetings"), "Accept", "image/png"), 406, null);
    }

    static JsonNode assertProblem(HttpResponse<String> r, int status, String parameter) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
        JsonNode problem = JSON.readTree(r.body());
        assertEquals(status, problem.get("status").asInt());
        assertFalse(problem.get("title").asText().isBlank());
        assertFalse(problem.get("detail").asText().isBlank());
        if (parameter != null) {
            assertEquals(parameter, problem.get("parameter").asText());
            assertTrue(problem.get("detail").asText().contains(parameter));
        }
        return problem;
    }

    @Test
    void answersCarryAnEtagAndAConditionalGetGets304() {
        HttpResponse<String> first = http.get(path("state-participation", "state", "FRA"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.get(path("state-participation", "state", "FRA"), "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        assertNotEquals(etag, http.get(path("state-participation", "state", "DEU")).headers().firstValue("ETag").orElseThrow());
        assertNotEquals(etag, http.get(path("state-participation", "state", "FRA", "format", "csv")).headers().firstValue("ETag").orElseThrow());
        assertEquals(200, http.get(path("state-participation", "state", "DEU"), "If-None-Match", etag).statusCode());
        String catalogueTag = http.get("/api/queries").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.get("/api/queries", "If-None-Match", catalogueTag).statusCode());
    }

    @Test
    void otherOriginsMayReadTheApiAndItsValidators() {
        HttpResponse<String> r = http.get(path("meetings"), "Origin", "https://dashboard.example.org");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").orElse("").equals("true"));
        HttpResponse<String> preflight = http.send("OPTIONS", path("meetings"), "text/plain", "",
                "Origin", "https://dashboard.example.org", "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "if-none-match");
        assertTrue(preflight.statusCode() < 400);
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("if-none-match"),
                preflight.headers().toString());
    }

    @Test
    void theLibraryIsPublishedAsSparqlExamples() throws Exception {
        HttpResponse<String> r = http.get("/.well-known/sparql-examples", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = Rio.parse(new StringReader(r.body()), base, RDFFormat.TURTLE);
        var vf = SimpleValueFactory.getInstance();
        String sh = "http://www.w3.org/ns/shacl#";
        Set<Resource> examples = m.filter(null, RDF.TYPE, vf.createIRI(sh + "SPARQLSelectExecutable")).subjects();
        assertEquals(catalogue.size(), examples.size());
        for (Resource ex : examples) {
            assertTrue(m.contains(ex, RDF.TYPE, vf.createIRI(sh + "SPARQLExecutable")));
            assertTrue(m.filter(ex, RDFS.COMMENT, null).objects().stream().anyMatch(o -> !o.stringValue().isBlank()), ex.toString());
            assertTrue(m.contains(ex, vf.createIRI("https://schema.org/target"), vf.createIRI(base + "ctoc/sparql")));
            String select = m.filter(ex, vf.createIRI(sh + "select"), null).objects().iterator().next().stringValue();
            assertTrue(select.contains("SELECT"));
        }
        assertEquals(200, http.get("/.well-known/sparql-examples", "Accept", "application/ld+json").statusCode());
        Model description = Rio.parse(new StringReader(http.get("/.well-known/void", "Accept", "text/turtle").body()), base, RDFFormat.TURTLE);
        Resource service = description.filter(null, vf.createIRI("http://www.w3.org/ns/sparql-service-description#endpoint"), null)
                .subjects().iterator().next();
        assertTrue(description.contains(service, RDFS.SEEALSO, vf.createIRI(base + ".well-known/sparql-examples")),
                "the service description links the examples");
    }
}
