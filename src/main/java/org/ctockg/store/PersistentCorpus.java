package org.ctockg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.extract.ReportFiles;
import org.ctockg.extract.ReportGraph;
import org.ctockg.extract.ReportRejectedException;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.vocab.OntologyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports' graph kept in a TDB2 database folder, for the {@code load} and {@code serve}
 * commands: one named graph per report, the ontology, the reference data, and a catalog graph
 * that says from which file (and which bytes) each report graph was read. The default graph is
 * the union of them all, as in memory.
 *
 * <p>Each report is written in one transaction of its own (old graph out, new graph in, catalog
 * entry updated), so a reader, or a process killed in the middle, never sees half a report.
 * A file whose bytes, name and extraction code are those the catalog records is not read again.
 *
 * <p>One instance per folder per process; TDB2 keeps other processes out (see {@link #open}).
 */
public final class PersistentCorpus implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final Path key;
    private final DatasetGraph dsg;
    private final Dataset dataset;
    private final ReportExtractor extractor;
    private final ReferenceData reference;
    private final Iris iris;
    private final Catalog catalog;
    private final String extractorVersion;
    private boolean closed;

    private PersistentCorpus(Path dir, Path key, DatasetGraph dsg, ReportExtractor extractor, ReferenceData reference) {
        this.dir = dir;
        this.key = key;
        this.dsg = dsg;
        this.dataset = DatasetFactory.wrap(dsg);
        this.extractor = extractor;
        this.reference = reference;
        this.iris = extractor.iris();
        this.catalog = new Catalog(dsg, StoreVocab.catalogGraph(iris));
        this.extractorVersion = ExtractorVersion.current();
    }

    /**
     * Opens the database in {@code dir}, creating the folder and an empty database if missing.
     * Nothing is written until {@link #sync} or {@link #load}.
     *
     * @throws DatabaseUnavailableException if another process holds the database, or the folder
     *         cannot hold one; the message is one line for the user
     */
    public static PersistentCorpus open(Path dir, ReportExtractor extractor, ReferenceData reference) {
        Path key = dir.toAbsolutePath().normalize();
        if (Files.exists(key) && !Files.isDirectory(key)) {
            throw new DatabaseUnavailableException(dir + ": not a folder, so it cannot hold a database", null);
        }
        try {
            Files.createDirectories(key);
        } catch (IOException e) {
            throw new DatabaseUnavailableException(dir + ": cannot create the database folder: " + e.getMessage(), e);
        }
        if (!OPEN.add(key)) {
            throw new DatabaseUnavailableException(dir + ": the database is already open in this process", null);
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(key));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new PersistentCorpus(dir, key, dsg, extractor, reference);
        } catch (RuntimeException e) {
            OPEN.remove(key);
            throw translate(dir, e);
        }
    }

    /** Turns what TDB2 throws when it cannot open a folder into one line for the user. */
    static DatabaseUnavailableException translate(Path dir, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof DBOpEnvException && message.contains("lock")) {
            Matcher m = HOLDER.matcher(message);
            String pid = m.find() ? " (pid " + m.group(1) + ")" : "";
            return new DatabaseUnavailableException(dir + ": the database is in use by another process" + pid
                    + "; stop the server first", e);
        }
        return new DatabaseUnavailableException(dir + ": cannot open the database: " + message.replace('\n', ' '), e);
    }

    /** The union-default-graph dataset to query or serve. Read it inside a transaction. */
    public Dataset dataset() {
        return dataset;
    }

    public Path directory() {
        return dir;
    }

    /**
     * Makes the database hold exactly the given reports (files or folders): new and changed files
     * are read and their graphs replaced, unchanged ones skipped, stored reports whose file is no
     * longer among them removed. A file that cannot be read now keeps its stored version. If some
     * path could not be listed at all, nothing is removed. Problems go to {@code problems}, one
     * each; the summary is also logged.
     */
    public synchronized SyncSummary sync(List<Path> reports, Consumer<Diagnostic> problems) {
        return update(reports, problems, true);
    }

    /** As {@link #sync}, but only adds or replaces the given reports; other stored reports stay. */
    public synchronized SyncSummary load(List<Path> reports, Consumer<Diagnostic> problems) {
        return update(reports, problems, false);
    }

    /**
     * Reclaims the space of replaced and removed graphs: TDB2 only ever appends, so each changed
     * report grows the folder until it is compacted. Writes a fresh copy of the live data and
     * deletes the old one; readers may go on meanwhile.
     */
    public synchronized void compact() {
        long start = System.nanoTime();
        DatabaseMgr.compact(dsg, true);
        LOG.info("{}: compacted in {} ms", dir, (System.nanoTime() - start) / 1_000_000);
    }

    /** The catalog entries of the stored reports, by file name. */
    public List<CatalogEntry> reports() {
        List<CatalogEntry> out = new ArrayList<>(Txn.calculateRead(dsg, catalog::reports).values());
        out.sort(Comparator.comparing(CatalogEntry::sourceFile).thenComparing(e -> e.graph().getURI()));
        return out;
    }

    /** What last happened to each report the store has held (added, changed, removed), newest first. */
    public List<ReportChange> changes() {
        List<ReportChange> out = new ArrayList<>(Txn.calculateRead(dsg,
                () -> catalog.changes(file -> iris.report(ReportExtractor.reportId(file)))));
        out.sort(Comparator.comparing(ReportChange::when, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ReportChange::sourceFile));
        return out;
    }

    /** Releases the database folder, so that another process (or a new instance) may open it. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            try {
                TDBInternal.expel(dsg);
            } finally {
                OPEN.remove(key);
            }
        }
    }

    private SyncSummary update(List<Path> paths, Consumer<Diagnostic> problems, boolean removeMissing) {
        if (closed) {
            throw new IllegalStateException(dir + ": the database is closed");
        }
        long start = System.nanoTime();
        Counts n = new Counts();
        boolean[] incomplete = {false};
        List<Path> files = ReportFiles.expand(paths, d -> {
            incomplete[0] = true;
            n.failed++;
            problems.accept(d);
        });
        adoptBase();
        updateFixedGraph(iris.ontologyGraph(), OntologyFiles.ontology(), "ontology");
        updateFixedGraph(iris.referenceGraph(), reference.toGraph(iris), "reference data");
        Map<Node, CatalogEntry> stored = Txn.calculateRead(dsg, catalog::reports);
        Map<Node, Path> seen = new HashMap<>();
        for (Path file : files) {
            storeReport(file, stored, seen, n, problems);
        }
        if (removeMissing) {
            List<Node> gone = stored.keySet().stream().filter(g -> !seen.containsKey(g)).toList();
            if (!gone.isEmpty() && incomplete[0]) {
                LOG.warn("{}: {} stored report(s) not found among the files are kept, because some paths could not be read",
                        dir, gone.size());
            } else if (!gone.isEmpty()) {
                Instant now = Instant.now();
                Txn.executeWrite(dsg, () -> gone.forEach(g -> {
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    catalog.markRemoved(g, now);
                }));
                n.removed = gone.size();
            }
        }
        SyncSummary summary = new SyncSummary(n.added, n.replaced, n.unchanged, n.removed, n.failed);
        LOG.info("{}: {} ({} ms)", dir, summary.toLine(), (System.nanoTime() - start) / 1_000_000);
        return summary;
    }

    private void storeReport(Path file, Map<Node, CatalogEntry> stored, Map<Node, Path> seen, Counts n,
                             Consumer<Diagnostic> problems) {
        String name = file.getFileName().toString();
        Node graph = iris.reportGraph(ReportExtractor.reportId(name));
        Path earlier = seen.putIfAbsent(graph, file);
        if (earlier != null) {
            n.failed++;
            problems.accept(Diagnostic.error(file.toString(), "has the same report name as " + earlier + " (graph <"
                    + graph.getURI() + ">); skipped"));
            return;
        }
        CatalogEntry old = stored.get(graph);
        byte[] bytes;
        try {
            bytes = ReportFiles.read(file, extractor.limits());
        } catch (ReportRejectedException e) {
            n.failed++;
            problems.accept(e.toDiagnostic());
            keep(name, old, problems);
            return;
        }
        String hash = ReportExtractor.sha256(bytes);
        if (old != null && old.matches(name, hash, extractorVersion)) {
            n.unchanged++;
            return;
        }
        ReportGraph rg;
        try {
            rg = extractor.extract(name, bytes);
        } catch (ReportRejectedException e) {
            n.failed++;
            problems.accept(e.toDiagnostic());
            keep(name, old, problems);
            return;
        }
        rg.warnings().forEach(problems);
        if (!rg.graphName().equals(graph)) {
            throw new IllegalStateException("the extractor named the graph of " + name + " " + rg.graphName() + ", not " + graph);
        }
        Instant now = Instant.now();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            rg.graph().find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            catalog.putReport(graph, name, rg.contentHash(), extractorVersion, now);
        });
        LOG.debug("{}: stored {} ({} triples)", dir, name, rg.graph().size());
        if (old == null) {
            n.added++;
        } else {
            n.replaced++;
        }
    }

    private static void keep(String name, CatalogEntry old, Consumer<Diagnostic> problems) {
        if (old != null) {
            problems.accept(Diagnostic.warning(name, 0, "the version stored on " + old.loaded() + " (from " + old.sourceFile()
                    + ") is kept"));
        }
    }

    /**
     * A database built under another base URI holds graphs whose IRIs no longer dereference, and
     * one written by an earlier version keeps its catalog in a named graph, where queries see it:
     * drop them (every graph such a catalog lists, and the catalog) so that every report is read
     * again under the current base; then make sure the current catalog names its base.
     */
    private void adoptBase() {
        String base = iris.base().value();
        Map<Node, Catalog.Found> catalogs = Txn.calculateRead(dsg, () -> Catalog.findAll(dsg));
        for (Map.Entry<Node, Catalog.Found> c : catalogs.entrySet()) {
            Catalog.Found found = c.getValue();
            if (!c.getKey().equals(catalog.graphName()) || !found.inDefaultGraph()) {
                LOG.warn("{}: the database was built under base URI {}{}; its graphs are dropped and every report is read again under {}",
                        dir, found.baseUri(), found.inDefaultGraph() ? "" : " by an earlier version", base);
                Txn.executeWrite(dsg, () -> {
                    List<Node> listed = new ArrayList<>();
                    dsg.find(found.graph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        if (!q.getSubject().equals(c.getKey()) && !listed.contains(q.getSubject())) {
                            listed.add(q.getSubject());
                        }
                    });
                    listed.forEach(g -> {
                        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                        dsg.deleteAny(found.graph(), g, Node.ANY, Node.ANY);
                    });
                    dsg.deleteAny(found.graph(), c.getKey(), Node.ANY, Node.ANY);
                });
            }
        }
        Catalog.Found current = catalogs.get(catalog.graphName());
        if (current == null || !current.inDefaultGraph() || !base.equals(current.baseUri())) {
            Txn.executeWrite(dsg, () -> catalog.describe(base));
        }
    }

    /** Replaces the ontology or reference graph, in one transaction, when its content changed. */
    private void updateFixedGraph(Node name, Graph content, String what) {
        String hash = GraphHash.of(content);
        if (Txn.calculateRead(dsg, () -> catalog.graphHash(name)).filter(hash::equals).isPresent()) {
            return;
        }
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            content.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            catalog.putGraphHash(name, hash);
        });
        LOG.debug("{}: stored the {} ({} triples)", dir, what, content.size());
    }

    private static final class Counts {
        int added;
        int replaced;
        int unchanged;
        int removed;
        int failed;
    }
}
