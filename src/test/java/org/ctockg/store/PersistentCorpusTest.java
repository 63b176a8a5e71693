package org.ctockg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database across runs: what a sync keeps, replaces, drops and refuses to lose. */
class PersistentCorpusTest {
    static final ReferenceData REFERENCE = ReferenceData.load();
    static final Iris IRIS = new Iris(BaseIri.DEFAULT);
    static final ReportExtractor EXTRACTOR = new ReportExtractor(IRIS, REFERENCE);

    @TempDir
    Path tmp;

    static String report(String states) {
        return """
                Conference of the Parties to the United Nations Convention against Transnational Organized Crime

                Distr.: General
                7 November 2016

                Report on the meeting of the Working Group of Government Experts on Technical Assistance held in Vienna from 17 to 19 October 2016

                I. Introduction

                1. The following States parties to the Convention were represented at the meeting: %s.
                """.formatted(states);
    }

    private Path reports() throws IOException {
        return Files.createDirectories(tmp.resolve("reports"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(reports().resolve(name), text, StandardCharsets.UTF_8);
    }

    private PersistentCorpus open() {
        return open(EXTRACTOR);
    }

    private PersistentCorpus open(ReportExtractor extractor) {
        return PersistentCorpus.open(tmp.resolve("db"), extractor, REFERENCE);
    }

    private static Node graph(String reportId) {
        return IRIS.reportGraph(reportId);
    }

    /** A copy of one stored graph. */
    static Graph stored(PersistentCorpus store, Node name) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEachRemaining(g::add);
            return g;
        });
    }

    /** Triples per named graph: what a restart must not change. */
    static Map<String, Long> shape(PersistentCorpus store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> out = new TreeMap<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                out.put(g.getURI(), (long) dsg.getGraph(g).size());
            }
            return out;
        });
    }

    private static boolean mentions(Graph g, String alpha3) {
        return g.contains(Node.ANY, Node.ANY, IRIS.state(alpha3));
    }

    @Test
    void aRestartKeepsEverythingAndReadsNothingAgain() throws IOException {
        write("a.txt", report("Brazil and Fiji"));
        write("b.md", report("Kenya and Peru"));
        Map<String, Long> before;
        try (PersistentCorpus store = open()) {
            assertEquals(new SyncSummary(2, 0, 0, 0, 0), store.sync(List.of(reports()), d -> { }));
            before = shape(store);
        }
        assertTrue(before.containsKey(IRIS.ontologyGraph().getURI()), before.toString());
        assertTrue(before.get(IRIS.referenceGraph().getURI()) > 1000, before.toString());
        assertTrue(before.get(graph("a").getURI()) > 10, before.toString());
        assertFalse(before.containsKey(StoreVocab.catalogGraph(IRIS).getURI()), "the catalog is no named graph: " + before);
        try (PersistentCorpus store = open()) {
            assertEquals(before, shape(store));
            assertEquals(new SyncSummary(0, 0, 2, 0, 0), store.sync(List.of(reports()), d -> { }));
            assertEquals(before, shape(store));
            assertEquals(List.of("a.txt", "b.md"), store.reports().stream().map(CatalogEntry::sourceFile).toList());
        }
    }

    @Test
    void aChangedReportReplacesItsGraphAndNoOther() throws IOException {
        write("a.txt", report("Brazil and Fiji"));
        write("b.txt", report("Kenya and Peru"));
        try (PersistentCorpus store = open()) {
            store.sync(List.of(reports()), d -> { });
            Graph b = stored(store, graph("b"));
            assertTrue(mentions(stored(store, graph("a")), "BRA"));

            write("a.txt", report("Chile and Fiji"));
            assertEquals(new SyncSummary(0, 1, 1, 0, 0), store.sync(List.of(reports()), d -> { }));
            Graph a = stored(store, graph("a"));
            assertTrue(mentions(a, "CHL"));
            assertFalse(mentions(a, "BRA"), "the old graph's triples are gone");
            assertTrue(b.isIsomorphicWith(stored(store, graph("b"))));
            assertEquals(ReportExtractor.sha256(report("Chile and Fiji").getBytes(StandardCharsets.UTF_8)),
                    store.reports().get(0).contentHash());
        }
    }

    @Test
    void aRemovedReportLosesItsGraphUnderSyncButNotUnderLoad() throws IOException {
        Path a = write("a.txt", report("Brazil and Fiji"));
        Path b = write("b.txt", report("Kenya and Peru"));
        try (PersistentCorpus store = open()) {
            store.sync(List.of(reports()), d -> { });
            Files.delete(b);
            assertEquals(new SyncSummary(0, 0, 1, 0, 0), store.load(List.of(a), d -> { }));
            assertTrue(stored(store, graph("b")).size() > 0, "load removes nothing");

            assertEquals(new SyncSummary(0, 0, 1, 1, 0), store.sync(List.of(reports()), d -> { }));
            assertEquals(0, stored(store, graph("b")).size());
            assertEquals(List.of("a.txt"), store.reports().stream().map(CatalogEntry::sourceFile).toList());
        }
    }

    @Test
    void aPathThatCannotBeReadRemovesNothing() throws IOException {
        write("a.txt", report("Brazil and Fiji"));
        try (PersistentCorpus store = open()) {
            store.sync(List.of(reports()), d -> { });
            List<Diagnostic> problems = new ArrayList<>();
            SyncSummary s = store.sync(List.of(tmp.resolve("no-such-folder")), problems::add);
            assertEquals(new SyncSummary(0, 0, 0, 0, 1), s);
            assertTrue(problems.get(0).toLine().contains("no such file or folder"), problems.toString());
            assertTrue(stored(store, graph("a")).size() > 0);
        }
    }

    @Test
    void aBrokenFileKeepsTheStoredVersion() throws IOException {
        write("a.txt", report("Brazil and Fiji"));
        write("b.txt", report("Kenya and Peru"));
        try (PersistentCorpus store = open()) {
            store.sync(List.of(reports()), d -> { });
            Graph a = stored(store, graph("a"));
            CatalogEntry entry = store.reports().get(0);

            Files.write(reports().resolve("a.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00});
            write("c.txt", "Milk, eggs and bread.\n");
            List<Diagnostic> problems = new ArrayList<>();
            assertEquals(new SyncSummary(0, 0, 1, 0, 2), store.sync(List.of(reports()), problems::add));

            assertTrue(a.isIsomorphicWith(stored(store, graph("a"))), "the stored graph is intact");
            assertEquals(entry, store.reports().get(0), "and so is its catalog entry");
            assertEquals(List.of("a.txt", "b.txt"), store.reports().stream().map(CatalogEntry::sourceFile).toList());
            List<String> lines = problems.stream().map(Diagnostic::toLine).toList();
            assertEquals(3, lines.size(), lines.toString());
            assertTrue(lines.contains("a.txt: error: the file is binary, not text (a ZIP archive)"), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("a.txt: warning: the version stored on ") && l.endsWith("is kept")),
                    lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("c.txt: error: not a meeting report")), lines.toString());
        }
    }

    @Test
    void twoFilesWithTheSameReportNameAreNotMerged() throws IOException {
        write("a.txt", report("Brazil and Fiji"));
        write("a.md", report("Kenya and Peru"));
        try (PersistentCorpus store = open()) {
            List<Diagnostic> problems = new ArrayList<>();
            assertEquals(new SyncSummary(1, 0, 0, 0, 1), store.sync(List.of(reports()), problems::add));
            assertTrue(problems.get(0).toLine().contains("has the same report name as"), problems.toString());
            Graph a = stored(store, graph("a"));
            assertTrue(mentions(a, "KEN"), "a.md sorts first");
            assertFalse(mentions(a, "BRA"));
        }
    }

    @Test
    void aReportStoredByOtherExtractionCodeIsReadAgain() throws IOException {
        write("a.txt", report("Brazil and Fiji"));
        try (PersistentCorpus store = open()) {
            store.sync(List.of(reports()), d -> { });
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Node cat = StoreVocab.CATALOG_GRAPH;
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(cat, graph("a"), StoreVocab.extractor, Node.ANY);
                dsg.add(cat, graph("a"), StoreVocab.extractor, NodeFactory.createLiteralString("an older version"));
                new Catalog(dsg, StoreVocab.catalogGraph(IRIS)).newVersion(); // as every writer of the store does
            });
            assertEquals(new SyncSummary(0, 1, 0, 0, 0), store.sync(List.of(reports()), d -> { }));
            assertEquals(ExtractorVersion.current(), store.reports().get(0).extractor());
        }
    }

    @Test
    void anotherBaseUriReadsEverythingAgainAndDropsTheOldGraphs() throws IOException {
        write("a.txt", report("Brazil and Fiji"));
        try (PersistentCorpus store = open()) {
            store.sync(List.of(reports()), d -> { });
        }
        Iris other = new Iris(new BaseIri("http://example.org/kg/"));
        try (PersistentCorpus store = open(new ReportExtractor(other, REFERENCE))) {
            assertEquals(new SyncSummary(1, 0, 0, 0, 0), store.sync(List.of(reports()), d -> { }));
            Map<String, Long> shape = shape(store);
            assertTrue(shape.keySet().stream().allMatch(g -> g.startsWith("http://example.org/kg/graph/")), shape.toString());
            assertEquals(3, shape.size(), "the report, the ontology and the reference data: " + shape);
        }
    }

    @Test
    void theCatalogStaysOutOfWhatQueriesSee() throws IOException {
        write("a.txt", report("Brazil and Fiji"));
        try (PersistentCorpus store = open()) {
            store.sync(List.of(reports()), d -> { });
            String ask = "ASK { { ?s <" + StoreVocab.sourceFile.getURI() + "> ?o } UNION { GRAPH ?g { ?s <"
                    + StoreVocab.sourceFile.getURI() + "> ?o } } }";
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            assertFalse(Txn.calculateRead(dsg, () -> org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(ask).ask()),
                    "neither in the union default graph nor in a named graph");
            assertEquals(List.of("a.txt"), store.reports().stream().map(CatalogEntry::sourceFile).toList());
        }
    }

    @Test
    void aCatalogInANamedGraphAsEarlierVersionsKeptItIsDroppedAndEverythingReadAgain() throws IOException {
        write("a.txt", report("Brazil and Fiji"));
        try (PersistentCorpus store = open()) {
            store.sync(List.of(reports()), d -> { });
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Node old = StoreVocab.catalogGraph(IRIS);
            Txn.executeWrite(dsg, () -> {
                List<org.apache.jena.sparql.core.Quad> entries = new ArrayList<>();
                dsg.find(StoreVocab.CATALOG_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(entries::add);
                dsg.deleteAny(StoreVocab.CATALOG_GRAPH, Node.ANY, Node.ANY, Node.ANY);
                entries.forEach(q -> dsg.add(old, q.getSubject(), q.getPredicate(), q.getObject()));
            });
        }
        try (PersistentCorpus store = open()) {
            assertEquals(new SyncSummary(1, 0, 0, 0, 0), store.sync(List.of(reports()), d -> { }));
            assertFalse(shape(store).containsKey(StoreVocab.catalogGraph(IRIS).getURI()), shape(store).toString());
            assertEquals(3, shape(store).size(), "the report, the ontology and the reference data: " + shape(store));
        }
    }

    @Test
    void theOntologyAndReferenceGraphsAreWrittenOnceAndMendedWhenTheyDiffer() throws IOException {
        write("a.txt", report("Brazil and Fiji"));
        try (PersistentCorpus store = open()) {
            store.sync(List.of(reports()), d -> { });
            Map<String, Long> first = shape(store);
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> dsg.deleteAny(IRIS.referenceGraph(), IRIS.state("FRA"), Node.ANY, Node.ANY));
            Txn.executeWrite(dsg, () -> new Catalog(dsg, StoreVocab.catalogGraph(IRIS)).putGraphHash(IRIS.referenceGraph(), "stale"));
            assertNotEquals(first, shape(store));
            store.sync(List.of(reports()), d -> { });
            assertEquals(first, shape(store));
        }
    }

    private static java.util.Optional<String> recordedDigest(PersistentCorpus store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> new Catalog(dsg, StoreVocab.catalogGraph(IRIS)).filesDigest());
    }

    @Test
    void theDigestOfTheFilesIsRecordedByEachWholeSyncThatReadOrVouchedForEveryFile() throws IOException {
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600));
        Path a = write("a.txt", report("Brazil and Fiji"));
        Files.setLastModifiedTime(a, old);
        Files.setLastModifiedTime(write("b.txt", report("Kenya and Peru")), old);
        String version = ExtractorVersion.current(tmp.resolve("db"));
        try (PersistentCorpus store = open()) {
            assertEquals(new SyncSummary(2, 0, 0, 0, 0), store.sync(List.of(reports()), d -> { }));
            String first = FilesDigest.of(List.of(reports()), version, IRIS.base().value()).orElseThrow().value();
            assertEquals(java.util.Optional.of(first), recordedDigest(store), "by the first load");
            assertEquals(new SyncSummary(0, 0, 2, 0, 0), store.sync(List.of(reports()), d -> { }));
            assertEquals(java.util.Optional.of(first), recordedDigest(store));

            write("a.txt", report("Chile and Fiji"));
            Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(60)));
            assertEquals(new SyncSummary(0, 1, 1, 0, 0), store.sync(List.of(reports()), d -> { }));
            String second = FilesDigest.of(List.of(reports()), version, IRIS.base().value()).orElseThrow().value();
            assertNotEquals(first, second);
            assertEquals(java.util.Optional.of(second), recordedDigest(store));

            write("c.txt", report("Chile and Peru")); // just written: its time cannot vouch for it yet
            assertEquals(new SyncSummary(1, 0, 2, 0, 0), store.sync(List.of(reports()), d -> { }));
            assertTrue(recordedDigest(store).isEmpty(), "no digest while a file is too new");
        }
    }

    @Test
    void aSnapshotOfTheCatalogThatIsStaleOrBrokenIsNotBelieved() throws IOException {
        for (Path p : List.of(write("a.txt", report("Brazil and Fiji")), write("b.txt", report("Kenya and Peru")))) {
            // old files: their stamps vouch for them from the first sync, so no later sync restamps them
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        }
        Path snapshot = tmp.resolve("db").resolve(CatalogSnapshot.FILE);
        try (PersistentCorpus store = open()) {
            store.sync(List.of(reports()), d -> { });
            List<CatalogEntry> entries = store.reports();
            String text = Files.readString(snapshot);
            assertTrue(text.lines().count() == 3 && text.contains("a.txt") && text.contains("b.txt"), text);

            // a snapshot of another version of the data, which says a.txt holds other bytes
            String header = text.lines().findFirst().orElseThrow();
            Files.writeString(snapshot, text.replace(header, header.substring(0, header.lastIndexOf('\t') + 1) + "another-version")
                    .replace(entries.get(0).contentHash(), "0".repeat(64)));
            assertEquals(entries, store.reports(), "the catalog is read instead");
            assertEquals(new SyncSummary(0, 0, 2, 0, 0), store.sync(List.of(reports()), d -> { }));

            Files.writeString(snapshot, header + "\nnot an entry\n");
            assertEquals(entries, store.reports());
            assertEquals(new SyncSummary(0, 0, 2, 0, 0), store.sync(List.of(reports()), d -> { }));
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefused() {
        try (PersistentCorpus store = open()) {
            DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, this::open);
            assertTrue(e.getMessage().endsWith("db: the database is already open in this process"), e.getMessage());
        }
        open().close();
    }

    @Test
    void aFileIsNoDatabaseFolder() throws IOException {
        Path file = Files.writeString(tmp.resolve("db"), "x");
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, this::open);
        assertEquals(file + ": not a folder, so it cannot hold a database", e.getMessage());
    }
}
