package org.ctockg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.extract.ReportRejectedException;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The database against other processes: one holding it open, one killed in the middle of a load. */
class StoreProcessTest {
    private static final Path SEEDS = Path.of("data/reports");
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final Iris IRIS = new Iris(BaseIri.DEFAULT);
    private static final ReportExtractor EXTRACTOR = new ReportExtractor(IRIS, REFERENCE);

    @TempDir
    Path tmp;

    /** {@code java -cp <this classpath> org.ctockg.cli.Main load --db DIR --reports PATH}, stdout discarded. */
    private static Process load(Path db, Path reports, String... jvmOptions) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("org.ctockg.cli.Main", "load", "--db", db.toString(), "--reports", reports.toString()));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private PersistentCorpus open(Path db) {
        return PersistentCorpus.open(db, EXTRACTOR, REFERENCE);
    }

    @Test
    @Timeout(60)
    void aDatabaseHeldByAnotherProcessIsOneClearLine() throws Exception {
        Path db = tmp.resolve("db");
        try (PersistentCorpus held = open(db)) {
            Process p = load(db, SEEDS.resolve("004_185fa763c015fd82.txt"));
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, p.waitFor(), err);
            assertEquals("ERROR " + db + ": the database is in use by another process (pid " + ProcessHandle.current().pid()
                    + "); stop the server first", err.strip());
        }
    }

    @Test
    @Timeout(90)
    void aLoadKilledHalfwayLeavesWholeReportsAndThePreviousState() throws Exception {
        Path db = tmp.resolve("db");
        Map<String, Long> before;
        try (PersistentCorpus store = open(db)) {
            assertEquals(new SyncSummary(5, 0, 0, 0, 0), store.load(List.of(SEEDS), d -> { }));
            before = PersistentCorpusTest.shape(store);
        }
        Path copies = Files.createDirectories(tmp.resolve("copies"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.sorted().toList();
        }
        for (int i = 0; i < 40; i++) {
            for (Path seed : seeds) {
                Files.copy(seed, copies.resolve("copy-%02d-%s".formatted(i, seed.getFileName())));
            }
        }

        // Kill the load once a few reports are committed (it logs each at debug level after the commit).
        Process p = load(db, copies, "-Dorg.slf4j.simpleLogger.log.ctoc-kg=debug");
        int committed = 0;
        long delay = ThreadLocalRandom.current().nextLong(250);
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; committed < 3 && (line = err.readLine()) != null; ) {
                if (line.contains(": stored copy-")) {
                    committed++;
                }
            }
            Thread.sleep(delay);
            assertTrue(p.isAlive(), "the load ended before it was killed");
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        }
        assertEquals(3, committed);

        try (PersistentCorpus store = open(db)) {
            Map<String, Long> after = PersistentCorpusTest.shape(store);
            before.forEach((g, size) -> assertEquals(size, after.get(g), g + " after a kill " + delay + " ms after the 3rd commit"));

            List<CatalogEntry> entries = store.reports();
            assertTrue(entries.size() >= 5 + 3, entries.size() + " reports");
            List<Path> stored = new ArrayList<>();
            for (CatalogEntry e : entries) {
                Path file = e.sourceFile().startsWith("copy-") ? copies.resolve(e.sourceFile()) : SEEDS.resolve(e.sourceFile());
                stored.add(file);
                assertEquals(ReportExtractor.sha256(Files.readAllBytes(file)), e.contentHash(), e.sourceFile());
                Graph fresh = extract(file);
                Graph kept = PersistentCorpusTest.stored(store, e.graph());
                assertEquals(fresh.size(), kept.size(), e.sourceFile() + " is whole");
                assertTrue(fresh.isIsomorphicWith(kept), e.sourceFile());
            }
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            List<Node> reportGraphs = Txn.calculateRead(dsg, () -> {
                List<Node> out = new ArrayList<>();
                for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                    Node g = it.next();
                    if (g.getURI().startsWith(IRIS.base().resolve("graph/report/"))) {
                        out.add(g);
                    }
                }
                return out;
            });
            assertEquals(entries.size(), reportGraphs.size(), "no report graph outside the catalog");

            assertEquals(new SyncSummary(0, 0, stored.size(), 0, 0), store.load(stored, d -> { }), "nothing stored is read again");
            assertFalse(before.isEmpty());
        }
    }

    private static Graph extract(Path file) {
        try {
            return EXTRACTOR.extract(file).graph();
        } catch (ReportRejectedException e) {
            throw new AssertionError(e);
        }
    }
}
