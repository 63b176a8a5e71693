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

/** The database against other processes: one holding it open, one killed in the middle of a load (a first load or a later one). */
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
        Path copies = copies(40);

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

            List<Path> stored = assertWholeReports(store, copies);
            assertTrue(stored.size() >= 5 + 3, stored.size() + " reports");

            assertEquals(new SyncSummary(0, 0, stored.size(), 0, 0), store.load(stored, d -> { }), "nothing stored is read again");
            assertFalse(before.isEmpty());
        }
    }

    @Test
    @Timeout(90)
    void aFirstLoadKilledHalfwayLeavesAnEmptyDatabaseThatLoadsAgain() throws Exception {
        Path db = tmp.resolve("db");
        Path copies = copies(20);
        Process p = load(db, copies, "-Dorg.slf4j.simpleLogger.log.ctoc-kg=debug");
        int read = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; read < 3 && (line = err.readLine()) != null; ) {
                if (line.contains(": loading copy-")) {
                    read++;
                }
            }
            assertTrue(p.isAlive(), "the load ended before it was killed");
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        }
        assertEquals(3, read);
        assertTrue(Files.exists(db.resolve(BulkLoad.MARKER)), "the killed load left its marker");

        try (PersistentCorpus store = open(db)) {
            assertFalse(Files.exists(db.resolve(BulkLoad.MARKER)));
            assertEquals(Map.of(), PersistentCorpusTest.shape(store), "the previous state: empty");
            assertEquals(new SyncSummary(5, 0, 0, 0, 0), store.load(List.of(SEEDS), d -> { }));
            for (CatalogEntry e : store.reports()) {
                assertTrue(extract(SEEDS.resolve(e.sourceFile())).isIsomorphicWith(PersistentCorpusTest.stored(store, e.graph())),
                        e.sourceFile());
            }
        }
    }

    /** Every report the catalog lists is whole (as extracted now from its file), and no report graph is outside the catalog; returns their files. */
    private static List<Path> assertWholeReports(PersistentCorpus store, Path copies) throws IOException {
        List<CatalogEntry> entries = store.reports();
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
        return stored;
    }

    @Test
    @Timeout(120)
    void aDiskThatCannotTakeMoreIsOneLineAndLosesNothing() throws Exception {
        Path db = tmp.resolve("db");
        Map<String, Long> before;
        try (PersistentCorpus store = open(db)) {
            store.load(List.of(SEEDS), d -> { });
            before = PersistentCorpusTest.shape(store);
        }
        Path copies = copies(40);
        // no file may grow past 9 MB: the store's next 8 MB segment cannot be had, as on a full disk
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "ulimit -f 9000 && exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "org.ctockg.cli.Main", "load", "--db", db.toString(), "--reports", copies.toString()));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), err);
        List<String> errors = err.lines().filter(l -> l.startsWith("ERROR")).toList();
        assertEquals(1, errors.size(), err);
        assertTrue(errors.get(0).contains(db + ": cannot write to the database (") && errors.get(0).contains("is the disk full?"), err);
        assertFalse(err.contains("\tat ") || err.contains("Caused by"), "no stack trace: " + err);

        try (PersistentCorpus store = open(db)) {
            Map<String, Long> after = PersistentCorpusTest.shape(store);
            before.forEach((g, size) -> assertEquals(size, after.get(g), g));
            assertTrue(assertWholeReports(store, copies).size() >= 5);
        }
    }

    private Path copies(int rounds) throws IOException {
        Path copies = Files.createDirectories(tmp.resolve("copies"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.sorted().toList();
        }
        for (int i = 0; i < rounds; i++) {
            for (Path seed : seeds) {
                Files.copy(seed, copies.resolve("copy-%02d-%s".formatted(i, seed.getFileName())));
            }
        }
        return copies;
    }

    private static Graph extract(Path file) {
        try {
            return EXTRACTOR.extract(file).graph();
        } catch (ReportRejectedException e) {
            throw new AssertionError(e);
        }
    }
}
