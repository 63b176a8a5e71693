package org.ctockg.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.extract.ReportGraph;
import org.ctockg.extract.ReportRejectedException;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.vocab.OntologyFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facts do not depend on layout: every report of the seeds and of the test reports, laid out
 * anew by each {@link Variants variant}, must give the contract queries the rows its original
 * gives. A failing variant is written to {@code target/layout-variants/} to be read.
 */
class LayoutInvarianceTest {
    /** The columns of each contract query that the acceptance scorer compares. */
    private static final Map<String, List<String>> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("meetings", List.of("source", "body", "start", "end", "venue"));
        CONTRACT.put("attendance", List.of("source", "state", "role"));
        CONTRACT.put("statements", List.of("source", "state"));
        CONTRACT.put("conference-acts", List.of("source", "act", "conference"));
        CONTRACT.put("article-mentions", List.of("source", "article", "paragraph"));
        CONTRACT.put("documents", List.of("source", "symbol"));
        CONTRACT.put("document-mentions", List.of("source", "symbol"));
        CONTRACT.put("people", List.of("source", "name", "role", "state"));
        CONTRACT.put("resolution-articles", List.of("resolution", "article", "paragraph"));
        CONTRACT.put("body-mandates", List.of("body", "act"));
        CONTRACT.put("meeting-details", List.of("source", "body", "start", "ordinal", "session"));
        CONTRACT.put("meeting-attendance", List.of("source", "body", "state", "role"));
        CONTRACT.put("agenda-items", List.of("source", "body", "item", "title"));
        CONTRACT.put("recommendations", List.of("source", "unit", "addressee", "endorsedIn"));
    }

    /** The seeds, the test reports, the seeds as a plain-text converter wraps them, and the report of every case folder. */
    private static final List<Path> FOLDERS = folders();

    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final ReportExtractor EXTRACTOR = new ReportExtractor(new Iris(BaseIri.DEFAULT), REFERENCE);
    private static final Map<String, String> QUERIES = new LinkedHashMap<>();
    /** Report name (folder and file) to its text. */
    private static final Map<String, String> ORIGINALS = new TreeMap<>();
    private static Map<String, Set<String>> expected;
    private static DatasetGraph store;

    private static List<Path> folders() {
        List<Path> folders = new ArrayList<>(List.of(Path.of("data/reports"), Path.of("src/test/resources/reports"),
                Path.of("src/test/resources/layouts/plain-wrapped")));
        try (Stream<Path> cases = Files.list(Path.of("src/test/resources/cases"))) {
            cases.filter(Files::isDirectory).sorted().forEach(folders::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return folders;
    }

    @BeforeAll
    static void readOriginals() throws IOException {
        for (String q : CONTRACT.keySet()) {
            Path file = Path.of("queries", q + ".rq");
            if (Files.exists(file)) {
                QUERIES.put(q, Files.readString(file));
            }
        }
        for (Path folder : FOLDERS) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList()) {
                    ORIGINALS.put(folder.getFileName() + "__" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        expected = rows(load(ORIGINALS, new ArrayList<>()));
        assertTrue(expected.get("meetings").size() >= ORIGINALS.size(), "every original report has a meeting");
    }

    /** Every variant; {@code -Dlayout.variant=N} runs one, to look into a failure. */
    static IntStream variants() {
        String one = System.getProperty("layout.variant");
        if (one != null) {
            return IntStream.of(Integer.parseInt(one));
        }
        return IntStream.range(0, Variants.COUNT);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void sameRowsWhateverTheLayout(int v) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        ORIGINALS.forEach((name, text) -> texts.put(name, Variants.apply(v, name, text)));
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> got = rows(load(texts, problems));
        Set<String> broken = new TreeSet<>();
        for (String q : QUERIES.keySet()) {
            Set<String> missing = new TreeSet<>(expected.get(q));
            missing.removeAll(got.get(q));
            Set<String> extra = new TreeSet<>(got.get(q));
            extra.removeAll(expected.get(q));
            missing.forEach(r -> problems.add(q + " missing " + r));
            extra.forEach(r -> problems.add(q + " extra   " + r));
            Stream.concat(missing.stream(), extra.stream()).map(LayoutInvarianceTest::sourceOf).forEach(broken::add);
        }
        if (!problems.isEmpty()) {
            Path dir = Path.of("target/layout-variants/" + v);
            Files.createDirectories(dir);
            for (String name : broken.isEmpty() ? texts.keySet() : broken) {
                if (texts.containsKey(name)) {
                    Files.writeString(dir.resolve(name), texts.get(name), StandardCharsets.UTF_8);
                }
            }
            fail(Variants.describe(v) + ", reports written to " + dir + ":\n  " + String.join("\n  ", problems));
        }
    }

    private static String sourceOf(String row) {
        int at = row.indexOf("source=");
        return at < 0 ? "" : row.substring(at + 7, row.indexOf(' ', at));
    }

    /** The dataset holding the given reports (and only them) besides the ontology and the reference data. */
    private static Dataset load(Map<String, String> texts, List<String> problems) {
        Iris iris = EXTRACTOR.iris();
        if (store == null) {
            store = DatabaseMgr.createDatasetGraph();
            store.getContext().set(TDB2.symUnionDefaultGraph, true);
            Txn.executeWrite(store, () -> {
                store.addGraph(iris.ontologyGraph(), OntologyFiles.ontology());
                store.addGraph(iris.referenceGraph(), REFERENCE.toGraph(iris));
            });
        }
        Txn.executeWrite(store, () -> {
            List<Node> old = new ArrayList<>();
            store.listGraphNodes().forEachRemaining(old::add);
            old.stream().filter(g -> !g.equals(iris.ontologyGraph()) && !g.equals(iris.referenceGraph())).forEach(store::removeGraph);
            texts.forEach((name, text) -> {
                try {
                    ReportGraph rg = EXTRACTOR.extract(name, text.getBytes(StandardCharsets.UTF_8));
                    store.addGraph(rg.graphName(), rg.graph());
                } catch (ReportRejectedException e) {
                    problems.add("rejected " + name + ": " + e.getMessage());
                }
            });
        });
        return DatasetFactory.wrap(store);
    }

    /** Each query's rows, as "column=value" strings of the contract's columns (source too when the query has it). */
    private static Map<String, Set<String>> rows(Dataset ds) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Txn.executeRead(ds, () -> QUERIES.forEach((q, text) -> {
            Set<String> rows = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(text).build()) {
                ResultSet rs = qe.execSelect();
                List<String> columns = new ArrayList<>(CONTRACT.get(q));
                if (!columns.contains("source") && rs.getResultVars().contains("source")) {
                    columns.add(0, "source");
                }
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    StringBuilder b = new StringBuilder();
                    for (String c : columns) {
                        RDFNode n = s.get(c);
                        b.append(c).append('=').append(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString()).append(' ');
                    }
                    rows.add(b.toString());
                }
            }
            out.put(q, rows);
        }));
        return out;
    }
}
