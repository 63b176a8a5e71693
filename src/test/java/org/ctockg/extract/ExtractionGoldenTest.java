package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;

/**
 * Every report the tests hold (the seeds, the test reports, the samples, the case folders) gives
 * exactly the triples recorded in {@code golden/extraction.sha256}: the SHA-256 of its sorted
 * N-Quads lines, or {@code rejected} for a file refused as no meeting report.
 * Guards refactorings of extraction that must not change what is extracted. After a change that
 * is meant to change the triples, rewrite the file with {@code -Dgolden.write=true} and review
 * the diff of the case tests that explain the change. The sorted quads themselves are left in
 * {@code target/extraction-golden/} to diff against an earlier run.
 */
class ExtractionGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/extraction.sha256");
    /** Where the sorted quads of each report are left, to diff two runs when a hash differs. */
    private static final Path ACTUAL = Path.of("target/extraction-golden");

    @Test
    void everyReportGivesTheTriplesRecordedBeforehand() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        ReportExtractor extractor = new ReportExtractor(new Iris(BaseIri.DEFAULT), ReferenceData.load());
        for (Path file : reports()) {
            String name = Path.of("").toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
            ReportGraph g;
            try {
                g = extractor.extract(file);
            } catch (ReportRejectedException e) {
                actual.put(name, "rejected");
                continue;
            }
            String quads = sortedQuads(g);
            Path copy = ACTUAL.resolve(name + ".nq");
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, quads);
            actual.put(name, ReportExtractor.sha256(quads.getBytes(StandardCharsets.UTF_8)));
        }
        assertFalse(actual.isEmpty());
        List<String> lines = new ArrayList<>();
        actual.forEach((file, hash) -> lines.add(hash + "  " + file));
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, lines);
        }
        assertEquals(String.join("\n", Files.readAllLines(GOLDEN)), String.join("\n", lines));
    }

    private static List<Path> reports() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("data/reports"))) {
            s.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/reports"))) {
            s.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/samples"))) {
            s.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
        }
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/cases"), 2)) {
            s.filter(p -> p.getNameCount() == 6 && Files.isRegularFile(p)).forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    private static String sortedQuads(ReportGraph g) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.addGraph(g.graphName(), g.graph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, Lang.NQUADS);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }
}
