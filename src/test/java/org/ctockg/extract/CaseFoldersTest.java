package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case folder of {@code src/test/resources/cases/} (see its README): the report in the
 * folder, read alone, gives for each {@code expected/QUERY.csv} exactly the rows listed there,
 * compared on the CSV's columns only, as sets of trimmed rows.
 */
class CaseFoldersTest {
    static final Path CASES = Path.of("src/test/resources/cases");
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final Map<Path, Dataset> READ = new ConcurrentHashMap<>();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CASES)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> expected = Files.list(folder.resolve("expected"))) {
                    expected.filter(p -> p.toString().endsWith(".csv")).sorted()
                            .forEach(p -> out.add(Arguments.of(folder.getFileName().toString(),
                                    p.getFileName().toString().replaceFirst("\\.csv$", ""))));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void theQueryGivesTheExpectedRows(String name, String query) throws IOException {
        Path folder = CASES.resolve(name);
        List<String> columns;
        Set<String> expected = new TreeSet<>();
        try (InputStream in = Files.newInputStream(folder.resolve("expected").resolve(query + ".csv"))) {
            ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_CSV);
            columns = rs.getResultVars();
            rs.forEachRemaining(s -> expected.add(row(s, columns)));
        }
        Path queryFile = Path.of("queries", query + ".rq");
        assertTrue(Files.isRegularFile(queryFile), name + ": expected/" + query + ".csv names no query of queries/");
        Set<String> actual = run(read(report(folder)), Files.readString(queryFile), columns, name + "/" + query);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals(expected, actual, () -> name + ": " + query + " on " + String.join(",", columns)
                + "\n  missing rows: " + missing + "\n  extra rows:   " + extra);
    }

    /** The one report file of a case folder (anything but the expected/ folder). */
    private static Path report(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> reports = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            if (reports.size() != 1) {
                fail(folder + ": a case folder holds exactly one report file besides expected/, found " + reports);
            }
            return reports.get(0);
        }
    }

    private static Dataset read(Path report) {
        return READ.computeIfAbsent(report, r -> {
            List<String> problems = new ArrayList<>();
            ReportExtractor extractor = new ReportExtractor(new Iris(BaseIri.DEFAULT), REFERENCE);
            Dataset ds = InMemoryCorpus.load(List.of(r), extractor, REFERENCE, d -> {
                if (!d.isSkip()) {
                    problems.add(d.toLine());
                }
            }).dataset();
            problems.stream().filter(p -> p.contains(": error: ")).findAny().ifPresent(p -> fail(p));
            return ds;
        });
    }

    private static Set<String> run(Dataset ds, String query, List<String> columns, String what) {
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                for (String c : columns) {
                    assertTrue(rs.getResultVars().contains(c), what + ": the query has no column " + c);
                }
                rs.forEachRemaining(s -> out.add(row(s, columns)));
            }
            return out;
        });
    }

    private static String row(QuerySolution s, List<String> columns) {
        List<String> values = new ArrayList<>();
        for (String c : columns) {
            RDFNode n = s.get(c);
            values.add(n == null ? "" : (n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString()).strip());
        }
        return String.join(" | ", values);
    }
}
