package org.ctockg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query headers, typed parameter binding and the time limit, on small inline queries. */
class LibraryQueryTest {
    private static final String QUERY = """
            # Which things have a name? One row per thing.
            # @param name string "Ann Lee": the name of a thing
            # @param from year 2012: first year, inclusive
            PREFIX ex: <http://example.org/>
            SELECT ?thing ?name WHERE {
              ?thing ex:name ?name ; ex:year ?year .
              FILTER (COALESCE(?year >= ?from, true))
            }
            ORDER BY ?name
            """;

    static DatasetGraph things() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        String[][] rows = {{"a", "Ann Lee", "2010"}, {"b", "Bo", "2014"}, {"c", "Cy", "2020"}};
        for (String[] r : rows) {
            Node s = NodeFactory.createURI("http://example.org/" + r[0]);
            ds.getDefaultGraph().add(s, NodeFactory.createURI("http://example.org/name"), NodeFactory.createLiteralString(r[1]));
            ds.getDefaultGraph().add(s, NodeFactory.createURI("http://example.org/year"), NodeFactory.createLiteralDT(r[2], XSDDatatype.XSDinteger));
        }
        return ds;
    }

    static List<String> names(RowSetRewindable rows) {
        return rows.stream().map(b -> b.get("name").getLiteralLexicalForm()).toList();
    }

    @Test
    void theHeaderGivesTitleDescriptionAndParameters() {
        LibraryQuery q = LibraryQuery.parse("things.rq", QUERY);
        assertEquals("things", q.name());
        assertEquals("Which things have a name?", q.title());
        assertEquals("One row per thing.", q.description());
        assertEquals(List.of("name", "from"), q.parameters().stream().map(QueryParameter::name).toList());
        assertEquals("Ann Lee", q.parameters().get(0).example());
        assertEquals(ParameterType.YEAR, q.parameters().get(1).type());
        assertEquals("first year, inclusive", q.parameters().get(1).description());
        assertEquals(List.of("thing", "name"), q.columns());
    }

    @Test
    void withoutParametersEveryRowWithThemOnlyTheMatchingOnes() {
        LibraryQuery q = LibraryQuery.parse("things.rq", QUERY);
        assertEquals(List.of("Ann Lee", "Bo", "Cy"), names(q.select(things(), Map.of())));
        assertEquals(List.of("Ann Lee"), names(q.select(things(), q.bind(Map.of("name", List.of("Ann Lee"))))));
        assertEquals(List.of("Bo", "Cy"), names(q.select(things(), q.bind(Map.of("from", List.of("2014"))))));
        assertEquals(List.of("Ann Lee", "Bo", "Cy"), names(q.select(things(), q.bind(Map.of("from", List.of(""))))), "empty is not given");
        assertEquals(List.of(), names(q.select(things(), q.bind(Map.of("name", List.of("Ann Lee\" } ?thing ?p ?name {"))))));
    }

    @Test
    void unknownOrRepeatedParametersAreRefusedByName() {
        LibraryQuery q = LibraryQuery.parse("things.rq", QUERY);
        ParameterException unknown = assertThrows(ParameterException.class, () -> q.bind(Map.of("colour", List.of("red"))));
        assertEquals("colour", unknown.parameter());
        assertTrue(unknown.reason().contains("name, from"), unknown.reason());
        assertEquals("name", assertThrows(ParameterException.class, () -> q.bind(Map.of("name", List.of("a", "b")))).parameter());
    }

    @ParameterizedTest
    @CsvSource({
        "year, 2016, true", "year, 16, false", "year, 2016-01-01, false",
        "integer, -12, true", "integer, 1.5, false",
        "date, 2016-10-17, true", "date, 2016-02-30, false", "date, 2016-1-7, false",
        "iri, http://example.org/a, true", "iri, https://example.org/a?b=c, true", "iri, javascript:alert(1), false",
        "iri, /relative/path, false", "iri, http://example.org/> } ?s ?p ?o {, false",
        "string, anything at all, true",
    })
    void valuesMustFitTheirType(String type, String value, boolean fits) {
        QueryParameter p = new QueryParameter("p", ParameterType.named(type).orElseThrow(), "x", "");
        if (fits) {
            Node n = p.bind(value);
            assertTrue(n.isURI() || n.isLiteral());
        } else {
            ParameterException e = assertThrows(ParameterException.class, () -> p.bind(value));
            assertEquals("p", e.parameter());
        }
    }

    @Test
    void typedValuesBecomeTypedTerms() {
        assertEquals(XSDDatatype.XSDinteger, new QueryParameter("y", ParameterType.YEAR, "2016", "").bind("2016").getLiteralDatatype());
        assertEquals(XSDDatatype.XSDdate, new QueryParameter("d", ParameterType.DATE, "2016-01-01", "").bind("2016-10-17").getLiteralDatatype());
        assertEquals(XSDDatatype.XSDstring, new QueryParameter("s", ParameterType.STRING, "x", "").bind("<b>").getLiteralDatatype());
        assertTrue(assertThrows(ParameterException.class,
                () -> new QueryParameter("s", ParameterType.STRING, "x", "").bind("x".repeat(201))).reason().contains("200"));
        assertThrows(ParameterException.class, () -> new QueryParameter("s", ParameterType.STRING, "x", "").bind("a\u0000b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "# @param state: a State|is not '@param NAME TYPE EXAMPLE: DESCRIPTION'",
        "# @param state code FRA: a State|unknown type 'code'",
        "# @param Bad string x: a State|is not a letter followed",
        "# @param format string csv: a format|reserved",
        "# @param from year 20x6: a year|the example of parameter from",
        "# @param colour string red: not in the query|has no variable ?colour",
        "# @param thing string x: assigned in the query|a value itself",
    })
    void aBadHeaderSaysWhatIsWrong(String line, String message) {
        String text = "# Which things?\n" + line + "\nSELECT ?thing WHERE { VALUES ?thing { 1 } }\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LibraryQuery.parse("q.rq", text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aLibraryLeavesOutWhatCannotServeAndSaysWhy() {
        StringBuilder problems = new StringBuilder();
        QueryLibrary library = QueryLibrary.of(Map.of("good.rq", QUERY, "broken.rq", "SELECT ?x WHERE {", "ask.rq", "ASK {}"),
                (file, reason) -> problems.append(file).append(": ").append(reason).append('\n'));
        assertEquals(List.of("good"), library.all().stream().map(LibraryQuery::name).toList());
        assertTrue(problems.toString().contains("broken.rq: does not parse"), problems.toString());
        assertTrue(problems.toString().contains("ask.rq: is not a SELECT"), problems.toString());
        assertTrue(library.find("good").isPresent());
        assertTrue(library.find("broken").isEmpty());
    }

    @Test
    void aQueryStopsAtTheDatasetsTimeLimit() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 300; i++) {
            ds.getDefaultGraph().add(NodeFactory.createURI("http://example.org/" + i), NodeFactory.createURI("http://example.org/p"),
                    NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
        }
        ds.getContext().set(ARQ.queryTimeout, "300");
        LibraryQuery slow = LibraryQuery.parse("slow.rq", """
                # Every triple four times over?
                SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . ?d ?s ?w }
                """);
        long start = System.nanoTime();
        assertThrows(QueryCancelledException.class, () -> slow.select(ds, Map.<Var, Node>of()));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped near the limit");
    }
}
