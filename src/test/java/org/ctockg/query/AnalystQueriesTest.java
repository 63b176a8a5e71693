package org.ctockg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.ctockg.store.TextSearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analyst queries of {@code queries/} against what a careful reader finds in the seed
 * reports. Each file {@code src/test/resources/queries/NAME.csv} holds the rows {@code NAME.rq}
 * must answer over the seeds, in order, in the columns its header names (a query may answer
 * more columns); {@code NAME@param=value.csv} binds a parameter first, typed as the query's
 * {@code @param} line says. The {@code #} lines say where the rows come from; one beginning
 * {@code # pending:} names facts the extraction does not give yet, and skips the file until
 * that line is deleted.
 */
class AnalystQueriesTest {
    private static final Path EXPECTED = Path.of("src/test/resources/queries");
    private static final Pattern PARAM = Pattern.compile("^#\\s*@param\\s+(\\w+)\\s+(\\w+)\\b.*$", Pattern.MULTILINE);

    private static DatasetGraph seeds;

    @BeforeAll
    static void load() {
        ReferenceData reference = ReferenceData.load();
        InMemoryCorpus.Result loaded = InMemoryCorpus.load(List.of(Path.of("data/reports")),
                new ReportExtractor(new Iris(BaseIri.DEFAULT), reference), reference, d -> { });
        assertEquals(0, loaded.failures());
        seeds = TextSearch.inMemory(loaded.dataset().asDatasetGraph()).dataset();
    }

    static Stream<String> expectations() throws IOException {
        try (Stream<Path> files = Files.list(EXPECTED)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void answersWhatTheSeedsSay(String file) throws IOException {
        Expectation expected = Expectation.read(EXPECTED.resolve(file));
        String name = file.substring(0, file.length() - ".csv".length());
        String queryName = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
        String text = Files.readString(Path.of("queries", queryName + ".rq"));
        assertTrue(text.startsWith("# ") && text.lines().takeWhile(l -> l.startsWith("#")).anyMatch(l -> l.contains("?")),
                queryName + ".rq is headed by the question it answers");
        assumeTrue(expected.pending() == null, expected.pending());

        Query query = QueryFactory.create(text);
        QueryExecBuilder exec = QueryExec.dataset(seeds).query(query);
        if (name.contains("@")) {
            String binding = name.substring(name.indexOf('@') + 1);
            String param = binding.substring(0, binding.indexOf('='));
            exec = exec.substitution(param, typed(text, param, binding.substring(binding.indexOf('=') + 1)));
        }
        for (String column : expected.header()) {
            assertTrue(query.getResultVars().contains(column), queryName + " answers no column " + column);
        }
        QueryExecBuilder run = exec;
        List<List<String>> actual = Txn.calculateRead(seeds, () -> {
            List<List<String>> rows = new ArrayList<>();
            run.select().forEachRemaining(b -> rows.add(expected.header().stream()
                    .map(c -> b.get(c) == null ? "" : b.get(c).isLiteral() ? b.get(c).getLiteralLexicalForm() : b.get(c).toString())
                    .toList()));
            return rows;
        });
        assertEquals(String.join("\n", expected.rows().stream().map(r -> String.join(" | ", r)).toList()),
                String.join("\n", actual.stream().map(r -> String.join(" | ", r)).toList()), name);
    }

    /** The value of a parameter as the RDF term its {@code @param} line's type makes of it. */
    private static Node typed(String queryText, String param, String value) {
        Matcher m = PARAM.matcher(queryText);
        while (m.find()) {
            if (m.group(1).equals(param)) {
                return switch (m.group(2)) {
                    case "integer", "year" -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
                    case "date" -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
                    case "iri" -> NodeFactory.createURI(value);
                    default -> NodeFactory.createLiteralString(value);
                };
            }
        }
        throw new AssertionError("the query declares no parameter " + param);
    }

    /** An expectation file: its header (the columns compared), its rows, and why it is pending, if it is. */
    private record Expectation(List<String> header, List<List<String>> rows, String pending) {
        static Expectation read(Path file) throws IOException {
            String pending = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("# pending:")).findFirst().map(l -> l.substring(2)).orElse(null);
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser csv = CSVFormat.DEFAULT.builder().setCommentMarker('#').build().parse(in)) {
                List<CSVRecord> records = csv.getRecords();
                assertFalse(records.isEmpty(), file + " has a header");
                List<List<String>> rows = records.subList(1, records.size()).stream().map(CSVRecord::toList).toList();
                return new Expectation(records.get(0).toList(), rows, pending);
            }
        }
    }
}
