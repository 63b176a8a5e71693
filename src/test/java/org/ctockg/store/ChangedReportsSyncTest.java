package org.ctockg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.ingest.ChangedReports;
import org.ctockg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sync told which report files changed (by a watch) looks at those only, and ends where a whole sync would. */
class ChangedReportsSyncTest {
    private static final Iris IRIS = PersistentCorpusTest.IRIS;

    @TempDir
    Path tmp;

    private Path folder() throws IOException {
        return Files.createDirectories(tmp.resolve("reports"));
    }

    private Path write(String name, String states) throws IOException {
        return Files.writeString(folder().resolve(name), PersistentCorpusTest.report(states), StandardCharsets.UTF_8);
    }

    private PersistentCorpus open(String db) {
        return PersistentCorpus.open(tmp.resolve(db), PersistentCorpusTest.EXTRACTOR, PersistentCorpusTest.REFERENCE);
    }

    private static ChangedReports changed(Path... files) {
        return ChangedReports.of(Set.of(files));
    }

    private static boolean mentions(PersistentCorpus store, String report, String alpha3) {
        return PersistentCorpusTest.stored(store, IRIS.reportGraph(report)).contains(Node.ANY, Node.ANY, IRIS.state(alpha3));
    }

    private static List<String> files(PersistentCorpus store) {
        return store.reports().stream().map(CatalogEntry::sourceFile).toList();
    }

    @Test
    void onlyTheNamedFilesAreLookedAt() throws IOException {
        Path a = write("a.txt", "Brazil and Fiji");
        write("b.txt", "Kenya and Peru");
        try (PersistentCorpus store = open("db")) {
            store.sync(List.of(folder()), d -> { });
            write("a.txt", "Chile and Fiji");
            write("b.txt", "Ghana and Peru");

            assertEquals(new SyncSummary(0, 1, 1, 0, 0), store.sync(List.of(folder()), changed(a), d -> { }));
            assertTrue(mentions(store, "a", "CHL"));
            assertTrue(mentions(store, "b", "KEN"), "b.txt was not named, so not read");

            assertEquals(new SyncSummary(0, 1, 1, 0, 0), store.sync(List.of(folder()), d -> { }), "a whole sync finds it");
            assertTrue(mentions(store, "b", "GHA"));
        }
    }

    @Test
    void aNamedFileThatIsGoneLosesItsGraphAndANewOneIsAdded() throws IOException {
        write("a.txt", "Brazil and Fiji");
        Path b = write("b.txt", "Kenya and Peru");
        try (PersistentCorpus store = open("db")) {
            store.sync(List.of(folder()), d -> { });
            Files.delete(b);
            Path c = write("c.txt", "Chile and Peru");

            assertEquals(new SyncSummary(1, 0, 1, 1, 0), store.sync(List.of(folder()), changed(b, c), d -> { }));
            assertEquals(List.of("a.txt", "c.txt"), files(store));
            assertEquals(0, PersistentCorpusTest.stored(store, IRIS.reportGraph("b")).size());
            assertEquals(1, store.changes().stream().filter(ch -> ch.sourceFile().equals("b.txt") && ch.kind() == ReportChange.Kind.REMOVED).count(),
                    "the feed hears of the removal: " + store.changes());
        }
    }

    @Test
    void ofTwoFilesWithOneReportNameTheFirstIsStillTheOneRead() throws IOException {
        write("a.txt", "Brazil and Fiji");
        try (PersistentCorpus store = open("db")) {
            store.sync(List.of(folder()), d -> { });
            Path md = write("a.md", "Kenya and Peru"); // sorts before a.txt

            List<Diagnostic> problems = new ArrayList<>();
            assertEquals(new SyncSummary(0, 1, 0, 0, 1), store.sync(List.of(folder()), changed(md), problems::add));
            assertTrue(mentions(store, "a", "KEN"));
            assertTrue(problems.get(0).toLine().contains("a.txt: error: has the same report name as"), problems.toString());

            Files.delete(md);
            assertEquals(new SyncSummary(0, 1, 0, 0, 0), store.sync(List.of(folder()), changed(md), d -> { }));
            assertTrue(mentions(store, "a", "BRA"), "a.txt is read again once a.md is gone");
            assertEquals(List.of("a.txt"), files(store));
        }
    }

    @Test
    void aNamedFileAmongPathsThatCannotAllBeReadRemovesNothing() throws IOException {
        Path a = write("a.txt", "Brazil and Fiji");
        Path b = write("b.txt", "Kenya and Peru");
        try (PersistentCorpus store = open("db")) {
            store.sync(List.of(a, b), d -> { });
            Files.delete(b);
            List<Diagnostic> problems = new ArrayList<>();
            assertEquals(new SyncSummary(0, 0, 1, 0, 1), store.sync(List.of(a, b), changed(b), problems::add));
            assertTrue(problems.get(0).toLine().contains("no such file or folder"), problems.toString());
            assertEquals(List.of("a.txt", "b.txt"), files(store), "kept, as a whole sync keeps it");
        }
    }

    @Test
    void whenTheWatchCannotTellWhatChangedEverythingIsLookedAt() throws IOException {
        write("a.txt", "Brazil and Fiji");
        try (PersistentCorpus store = open("db")) {
            store.sync(List.of(folder()), d -> { });
            write("a.txt", "Chile and Fiji");
            assertEquals(new SyncSummary(0, 1, 0, 0, 0), store.sync(List.of(folder()), new ChangedReports(Set.of(), true), d -> { }));
            assertTrue(mentions(store, "a", "CHL"));
        }
    }

    @Test
    void whatTheCatalogSaysSinceTheLastSyncIsBelievedOverWhatThatSyncLeftInMemory() throws IOException {
        Path a = write("a.txt", "Brazil and Fiji");
        try (PersistentCorpus store = open("db")) {
            store.sync(List.of(folder()), d -> { });
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(StoreVocab.CATALOG_GRAPH, IRIS.reportGraph("a"), StoreVocab.extractor, Node.ANY);
                dsg.add(StoreVocab.CATALOG_GRAPH, IRIS.reportGraph("a"), StoreVocab.extractor,
                        NodeFactory.createLiteralString("an older version"));
                new Catalog(dsg, StoreVocab.catalogGraph(IRIS)).newVersion();
            });
            assertEquals(new SyncSummary(0, 1, 0, 0, 0), store.sync(List.of(folder()), changed(a), d -> { }),
                    "the file's stamp is unchanged, but the catalog says another version of the code read it");
        }
    }

    /** Adds, changes, deletions and renames, some between two names of one report: after each, both ways agree. */
    @Test
    void aSequenceOfChangesEndsWhereWholeSyncsEnd() throws IOException {
        write("a.txt", "Brazil and Fiji");
        write("b.txt", "Kenya and Peru");
        try (PersistentCorpus told = open("told"); PersistentCorpus whole = open("whole")) {
            told.sync(List.of(folder()), d -> { });
            step(told, whole, write("c.txt", "Chile and Peru"));
            step(told, whole, write("a.txt", "Ghana and Fiji"));
            step(told, whole, write("b.md", "Mali and Peru"));
            step(told, whole, delete("b.txt"));
            step(told, whole, rename("c.txt", "d.txt"));
            step(told, whole, delete("b.md"));
            step(told, whole, write("b.txt", "Niger and Peru"));
        }
    }

    private void step(PersistentCorpus told, PersistentCorpus whole, Path... changedFiles) throws IOException {
        told.sync(List.of(folder()), changed(changedFiles), d -> { });
        whole.sync(List.of(folder()), d -> { });
        assertEquals(PersistentCorpusTest.shape(whole).toString(), PersistentCorpusTest.shape(told).toString());
        assertEquals(files(whole), files(told));
        for (CatalogEntry e : whole.reports()) {
            CatalogEntry t = told.reports().stream().filter(x -> x.graph().equals(e.graph())).findFirst().orElseThrow();
            assertEquals(e.contentHash(), t.contentHash(), e.sourceFile());
        }
    }

    private Path delete(String name) throws IOException {
        Path p = folder().resolve(name);
        Files.delete(p);
        return p;
    }

    private Path[] rename(String from, String to) throws IOException {
        Path source = folder().resolve(from);
        return new Path[] {source, Files.move(source, folder().resolve(to))};
    }
}
