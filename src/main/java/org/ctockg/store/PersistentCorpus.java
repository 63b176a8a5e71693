package org.ctockg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.common.base.Suppliers;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.extract.ReportFiles;
import org.ctockg.ingest.ChangedReports;
import org.ctockg.ingest.FileStamp;
import org.ctockg.ingest.OrderedPipeline;
import org.ctockg.ingest.Progress;
import org.ctockg.ingest.ReadReport;
import org.ctockg.ingest.ReportNames;
import org.ctockg.ingest.ReportReader;
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
    /** The folder of the text index, inside the database folder. */
    public static final String TEXT_INDEX = "text-index";

    private final Path dir;
    private final Path key;
    private final DatasetGraph dsg;
    private final Dataset dataset;
    private final Supplier<ReportReader> reader;
    private final OrderedPipeline pipeline = OrderedPipeline.forThisMachine();
    private final Supplier<ReferenceData> reference;
    private final Iris iris;
    private final Catalog catalog;
    private final String extractorVersion;
    private StoredTextIndex text;
    private final Object textLock = new Object();
    /** The report entries as the last sync or load left them, with the data version they are of (null before one). */
    private volatile KnownEntries lastEntries;
    /** The catalog's version as the last write left it: what every cached page and ETag is made from. */
    private volatile String dataVersion;
    /** The data version of a database nothing was ever written to. */
    private static final String NO_VERSION = "empty";
    private boolean closed;

    private PersistentCorpus(Path dir, Path key, DatasetGraph dsg, Iris iris, Supplier<ReferenceData> reference,
                             Function<ReferenceData, ReportExtractor> extractor) {
        this.dir = dir;
        this.key = key;
        this.dsg = dsg;
        this.dataset = DatasetFactory.wrap(dsg);
        this.reference = Suppliers.memoize(reference::get);
        this.reader = Suppliers.memoize(() -> new ReportReader(extractor.apply(this.reference.get())));
        this.iris = iris;
        this.catalog = new Catalog(dsg, StoreVocab.catalogGraph(iris));
        this.extractorVersion = ExtractorVersion.current(key);
        this.dataVersion = storedVersion();
    }

    private String storedVersion() {
        return Txn.calculateRead(dsg, () -> catalog.version().orElse(NO_VERSION));
    }

    /**
     * Makes now what the first change will need (the reference data, the report reader, the open
     * text index), so that a report changed while serving does not wait for them; then reads
     * {@code sample} (a report, or null) and drops what it read: the first reading in a process
     * loads and initialises the extraction's classes, a second or more that the first change
     * would otherwise spend. Writes nothing.
     */
    public void prepareForChanges(Path sample) {
        synchronized (this) {
            if (closed) {
                return;
            }
            reader.get();
            text();
        }
        if (sample != null) {
            reader.get().read(sample); // outside the lock: a change that comes meanwhile need not wait
        }
    }

    /**
     * The version of the data: it changes with every write that stores, replaces or removes a
     * report, so a representation made under one version is current as long as it is the same.
     */
    public String dataVersion() {
        return dataVersion;
    }

    /**
     * Opens the database in {@code dir}, creating the folder and an empty database if missing.
     * Nothing is written until {@link #sync} or {@link #load}.
     *
     * @throws DatabaseUnavailableException if another process holds the database, or the folder
     *         cannot hold one; the message is one line for the user
     */
    public static PersistentCorpus open(Path dir, ReportExtractor extractor, ReferenceData reference) {
        return open(dir, extractor.iris(), () -> reference, r -> extractor);
    }

    /**
     * As {@link #open(Path, ReportExtractor, ReferenceData)}, with the reference data (and the
     * extractor built on it, with the default input limits) loaded only when a report must be
     * read: a start with nothing to read does without.
     */
    public static PersistentCorpus open(Path dir, Iris iris, Supplier<ReferenceData> reference) {
        return open(dir, iris, reference, r -> new ReportExtractor(iris, r));
    }

    private static PersistentCorpus open(Path dir, Iris iris, Supplier<ReferenceData> reference,
                                         Function<ReferenceData, ReportExtractor> extractor) {
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
            DatasetGraph dsg = connect(key);
            if (BulkLoad.interrupted(key)) {
                // connecting took the folder's lock, so the process that began that load is gone
                LOG.warn("{}: the first load into this database did not finish; it starts again from an empty database", dir);
                TDBInternal.expel(dsg);
                clear(key);
                dsg = connect(key);
            }
            return new PersistentCorpus(dir, key, dsg, iris, reference, extractor);
        } catch (RuntimeException e) {
            OPEN.remove(key);
            throw translate(dir, e);
        }
    }

    private static DatasetGraph connect(Path key) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(key));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** Deletes what an interrupted first load left: the storage, the text index, the size record, then the marker. */
    private static void clear(Path key) {
        try (Stream<Path> children = Files.list(key)) {
            for (Path p : children.toList()) {
                String name = p.getFileName().toString();
                if (name.matches("Data-\\d+") || name.equals(DiskUse.BASELINE) || name.equals(TEXT_INDEX) || name.equals(CatalogSnapshot.FILE)) {
                    deleteTree(p);
                }
            }
            Files.delete(key.resolve(BulkLoad.MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(key + ": cannot clear an interrupted first load: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
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
     * As {@link #sync}, when the caller knows which report files may have changed since the last
     * sync (a watch of the folders): only those are looked at, read and written, or their graphs
     * dropped when they are gone, so that one changed report among thousands costs that report's
     * work, not a look at every file. Their folders are listed, so that of two files with one
     * report name the first is still the one read. The watch must have been started before the
     * last whole sync. When it cannot tell what changed, this is a whole {@link #sync}.
     */
    public synchronized SyncSummary sync(List<Path> reports, ChangedReports changed, Consumer<Diagnostic> problems) {
        if (changed.everything()) {
            return update(reports, problems, true);
        }
        return run(problems, n -> syncChanged(reports, changed.files(), n, problems));
    }

    /**
     * Reclaims the space of replaced and removed graphs: TDB2 only ever appends, so each changed
     * report grows the folder until it is compacted. Writes a fresh copy of the live data and
     * deletes the old one; readers may go on meanwhile.
     */
    public synchronized void compact() {
        long start = System.nanoTime();
        long before = DiskUse.bytes(key);
        DatabaseMgr.compact(dsg, true);
        DiskUse.recordCompact(key, liveTriples());
        LOG.info("{}: compacted from {} MB to {} MB in {} ms", dir, before / 1_000_000, DiskUse.bytes(key) / 1_000_000,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Compacts when garbage is at least {@link DiskUse#WORTH_COMPACTING} of the folder, as
     * estimated from the triples the catalog counts; a change of a few reports among many costs
     * no pass over the whole database. Returns whether it compacted.
     */
    public synchronized boolean compactIfWorthIt() {
        if (closed) {
            return false; // a compaction asked for in the background, after the store was closed
        }
        OptionalDouble share = garbageShare();
        LOG.debug("{}: garbage {}", dir, share.isPresent() ? Math.round(share.getAsDouble() * 100) + " %" : "unknown");
        if (share.isPresent() && share.getAsDouble() >= DiskUse.WORTH_COMPACTING) {
            compact();
            return true;
        }
        return false;
    }

    /** The estimated share of the folder's bytes that no graph uses any more; empty when it cannot be told. */
    public OptionalDouble garbageShare() {
        return DiskUse.garbageShare(key, liveTriples());
    }

    /** The triples the catalog counts: from the entries the last sync left, when there was one, else read from the catalog. */
    private long liveTriples() {
        KnownEntries last = lastEntries;
        Map<Node, CatalogEntry> known = last == null ? null : last.entries();
        if (known == null || known.values().stream().anyMatch(e -> e.triples() < 0)) {
            return Txn.calculateRead(dsg, catalog::triples);
        }
        long fixed = Txn.calculateRead(dsg, () -> catalog.fixedTriples(List.of(iris.ontologyGraph(), iris.referenceGraph())));
        return fixed < 0 ? -1 : fixed + known.values().stream().mapToLong(CatalogEntry::triples).sum();
    }

    /** Bytes on disk of the storage in use. */
    public long bytesOnDisk() {
        return DiskUse.bytes(key);
    }

    /**
     * The text index of the database, in step with it (rebuilt first if it is not). Opening it
     * costs a second (Lucene), so a sync with nothing to write does not, and a server may ask for
     * it when the first search comes.
     */
    public TextIndex textIndex() {
        return text().index();
    }

    private StoredTextIndex text() {
        synchronized (textLock) {
            if (text == null) {
                ensureVersion();
                text = StoredTextIndex.open(key.resolve(TEXT_INDEX), dsg, Txn.calculateRead(dsg, () -> catalog.version().orElse(null)));
            }
            return text;
        }
    }

    /** A database from before data versions gets one, so that an index built now can be trusted later. */
    private void ensureVersion() {
        if (Txn.calculateRead(dsg, () -> catalog.version().isEmpty() && !dsg.isEmpty())) {
            Txn.executeWrite(dsg, catalog::newVersion);
        }
    }

    /** Opens the text index on another thread (a second of Lucene) while this one finds what to write. */
    private void openTextMeanwhile() {
        ensureVersion();
        Thread t = new Thread(() -> {
            try {
                text();
            } catch (RuntimeException e) {
                LOG.debug("{}: the text index will be opened when first written", dir, e);
            }
        }, "text-index");
        t.setDaemon(true);
        t.start();
    }

    /** The catalog entries of the stored reports, by file name. */
    public List<CatalogEntry> reports() {
        String version = Txn.calculateRead(dsg, () -> catalog.version().orElse(null));
        List<CatalogEntry> out = new ArrayList<>(CatalogSnapshot.read(key, version)
                .orElseGet(() -> Txn.calculateRead(dsg, catalog::reports)).values());
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
                synchronized (textLock) { // waits for an opening under way
                    if (text != null) {
                        text.close();
                    }
                }
            } finally {
                try {
                    TDBInternal.expel(dsg);
                } finally {
                    OPEN.remove(key);
                }
            }
        }
    }

    private SyncSummary update(List<Path> paths, Consumer<Diagnostic> problems, boolean removeMissing) {
        return run(problems, n -> {
            long t = System.nanoTime();
            Optional<FilesDigest> digest = removeMissing ? FilesDigest.of(paths, extractorVersion, iris.base().value()) : Optional.empty();
            boolean inStep = digest.isPresent() && Txn.calculateRead(dsg, catalog::filesDigest).filter(digest.get().value()::equals).isPresent();
            LOG.debug("{}: digest of the report files {} ms: {}", dir, (System.nanoTime() - t) / 1_000_000,
                    inStep ? "the folder is as stored" : digest.isPresent() ? "something changed" : "none (some file is too new or cannot be looked at)");
            if (inStep) {
                n.unchanged = digest.get().files();
                return Progress.silent(dir.toString(), 0);
            }
            t = System.nanoTime();
            Listed listed = list(paths, f -> true, n, problems);
            List<Path> files = listed.files();
            LOG.debug("{}: {} report files listed in {} ms", dir, files.size(), (System.nanoTime() - t) / 1_000_000);
            n.first = !files.isEmpty() && Txn.calculateRead(dsg, dsg::isEmpty);
            Optional<FilesDigest> storable = listed.incomplete() ? Optional.empty() : digest;
            return n.first ? firstLoad(files, storable, n, problems) : sync(files, storable, n, problems, removeMissing, listed.incomplete());
        });
    }

    /** The report files among the paths that {@code wanted} accepts; {@code incomplete} when some path could not be listed or read. */
    private record Listed(List<Path> files, boolean incomplete) {
    }

    /** Lists the report files, counting each path that cannot be listed or read as a failure and a problem. */
    private static Listed list(List<Path> paths, Predicate<Path> wanted, Counts n, Consumer<Diagnostic> problems) {
        boolean[] incomplete = {false};
        List<Path> files = ReportFiles.expand(paths, wanted, d -> {
            incomplete[0] = true;
            n.failed++;
            problems.accept(d);
        });
        return new Listed(files, incomplete[0]);
    }

    /** Runs one sync step, then brings the text index and the data version in step and logs the summary. */
    private SyncSummary run(Consumer<Diagnostic> problems, Function<Counts, Progress> step) {
        if (closed) {
            throw new IllegalStateException(dir + ": the database is closed");
        }
        long start = System.nanoTime();
        Counts n = new Counts();
        Progress progress;
        try {
            progress = step.apply(n);
        } catch (RuntimeException | InternalError e) {
            if (!DatabaseWriteException.isStorageFailure(e)) {
                throw e;
            }
            throw new DatabaseWriteException(dir + ": cannot write to the database (" + DatabaseWriteException.reason(e)
                    + "; is the disk full?); " + (n.first ? "the first load stopped and starts again from empty next time"
                    : n.committed + " report(s) were stored before it stopped, the others were not; nothing stored earlier is lost"), e);
        }
        if (n.keptMissing > 0) {
            LOG.warn("{}: {} stored report(s) not found among the files are kept, because some paths could not be read",
                    dir, n.keptMissing);
        }
        String version = Txn.calculateRead(dsg, () -> catalog.version().orElse(null));
        dataVersion = version == null ? NO_VERSION : version;
        if (text != null) {
            long t = System.nanoTime();
            text.commitIfBehind(version);
            LOG.debug("{}: text index committed in {} ms", dir, (System.nanoTime() - t) / 1_000_000);
        }
        SyncSummary summary = new SyncSummary(n.added, n.replaced, n.unchanged, n.removed, n.failed);
        LOG.info("{}: {}; read {}; {} ms in all", dir, summary.toLine(), progress.summary(), (System.nanoTime() - start) / 1_000_000);
        return summary;
    }

    /** A file to read and what the catalog says of its graph (null when new), or one whose stamp says it is unchanged. */
    private record Work(Path file, Node graph, CatalogEntry stored, boolean unchanged) {
    }

    private record Read(Work work, ReadReport result) {
    }

    /** Which files need reading: not those whose stored entry their size and time vouch for, nor a second file of one report name. */
    private List<Work> plan(List<Path> files, Map<Node, CatalogEntry> stored, Map<Path, FileStamp> stamps, Set<Node> seen, Counts n,
                            Consumer<Diagnostic> problems) {
        List<Path> distinct = ReportNames.keepFirst(files, iris, d -> {
            n.failed++;
            problems.accept(d);
        });
        List<Work> out = distinct.stream().map(file -> {
            Node graph = ReportNames.graphOf(file, iris);
            CatalogEntry old = stored.get(graph);
            FileStamp stamp = stamps.get(file);
            boolean unchanged = old != null && old.stamp() != null && stamp != null
                    && old.vouchedFor(file.getFileName().toString(), stamp, extractorVersion);
            return new Work(file, graph, unchanged ? null : old, unchanged);
        }).toList();
        out.forEach(w -> seen.add(w.graph()));
        n.unchanged += (int) out.stream().filter(Work::unchanged).count();
        return out.stream().filter(w -> !w.unchanged()).toList();
    }

    private Read read(Work w) {
        CatalogEntry old = w.stored();
        boolean comparable = old != null && old.sourceFile().equals(w.file().getFileName().toString())
                && old.extractor().equals(extractorVersion);
        return new Read(w, reader.get().read(w.file(), comparable ? old.contentHash() : null));
    }

    /**
     * Brings a database that holds something in step with the files, several reports per write
     * transaction; then records {@code digest} (taken before any file was read) when every file
     * was read or vouched for.
     */
    private Progress sync(List<Path> files, Optional<FilesDigest> digest, Counts n, Consumer<Diagnostic> problems, boolean removeMissing,
                          boolean incomplete) {
        // a look at each file's size and time, on every core, vouches for those unchanged since they were read
        long t0 = System.nanoTime();
        Map<Path, FileStamp> stamps = FileStamp.ofAll(files);
        LOG.debug("{}: {} file stamps {} ms", dir, files.size(), (System.nanoTime() - t0) / 1_000_000);
        t0 = System.nanoTime();
        openTextMeanwhile();
        adoptBase();
        updateFixedGraph(iris.ontologyGraph(), OntologyFiles::ontology, "ontology");
        updateFixedGraph(iris.referenceGraph(), () -> reference.get().toGraph(iris), "reference data");
        long t1 = System.nanoTime();
        String version = Txn.calculateRead(dsg, () -> catalog.version().orElse(null));
        Map<Node, CatalogEntry> stored = storedEntries(version);
        long t2 = System.nanoTime();
        Set<Node> seen = new HashSet<>();
        List<Work> work = plan(files, stored, stamps, seen, n, problems);
        LOG.debug("{}: base and fixed graphs {} ms, catalog {} ms, what to read {} ms", dir, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        List<Node> gone = stored.keySet().stream().filter(g -> !seen.contains(g)).toList();
        List<Node> removed = List.of();
        if (removeMissing && !incomplete) {
            removed = gone;
        } else if (removeMissing) {
            n.keptMissing = gone.size();
        }
        Progress progress = write(work, removed, stored, version, n, problems);
        if (digest.isPresent() && n.failed == 0) {
            Txn.executeWrite(dsg, () -> catalog.putFilesDigest(digest.get().value()));
        }
        return progress;
    }

    /**
     * The part of a sync a watch asks for: the changed files whose report name is still among the
     * folders' report files are looked at (and read, if their stamps do not vouch for them); the
     * stored reports of those gone are removed, unless some path could not be listed.
     */
    private Progress syncChanged(List<Path> paths, Set<Path> changed, Counts n, Consumer<Diagnostic> problems) {
        Set<Node> graphs = new HashSet<>();
        changed.forEach(f -> graphs.add(ReportNames.graphOf(f, iris)));
        Listed listed = list(paths, f -> graphs.contains(ReportNames.graphOf(f, iris)), n, problems);
        List<Path> files = listed.files();
        String version = Txn.calculateRead(dsg, () -> catalog.version().orElse(null));
        Map<Node, CatalogEntry> stored = storedEntries(version);
        Set<Node> seen = new HashSet<>();
        List<Work> work = plan(files, stored, FileStamp.ofAll(files), seen, n, problems);
        List<Node> gone = graphs.stream().filter(g -> !seen.contains(g) && stored.containsKey(g)).toList();
        List<Node> removed = List.of();
        if (listed.incomplete()) {
            n.keptMissing = gone.size();
        } else {
            removed = gone;
        }
        n.unchanged += stored.size() - (int) stored.keySet().stream().filter(graphs::contains).count();
        return write(work, removed, stored, version, n, problems);
    }

    /** Report entries as of one data version. */
    private record KnownEntries(String version, Map<Node, CatalogEntry> entries) {
    }

    /**
     * The report entries the catalog holds at {@code version}: those the last sync of this process
     * left when they are of that version, else the snapshot beside the database when it is, else
     * the catalog itself.
     */
    private Map<Node, CatalogEntry> storedEntries(String version) {
        KnownEntries known = lastEntries;
        if (known != null && known.version().equals(version)) {
            return known.entries();
        }
        return CatalogSnapshot.read(key, version).orElseGet(() -> Txn.calculateRead(dsg, catalog::reports));
    }

    /**
     * Reads the work and writes it, several reports per write transaction, then drops the graphs
     * of {@code removed}; the catalog's snapshot and {@link #lastEntries} follow. {@code stored}
     * is what the catalog held at {@code version}.
     */
    private Progress write(List<Work> work, List<Node> removed, Map<Node, CatalogEntry> stored, String version, Counts n,
                           Consumer<Diagnostic> problems) {
        Map<Node, CatalogEntry> entries = new HashMap<>(stored);
        Progress progress = Progress.of(dir.toString(), work.size());
        try (TransactionBatches batches = new TransactionBatches(dsg, catalog, text(), entries,
                names -> {
                    n.committed += names.size();
                    names.forEach(name -> LOG.debug("{}: stored {}", dir, name));
                })) {
            long t0 = System.nanoTime();
            pipeline.run(work, this::read, r -> {
                write(r, batches, n, problems);
                progress.step();
            });
            Instant now = Instant.now();
            removed.forEach(g -> batches.remove(g, now));
            n.removed = removed.size();
            long t1 = System.nanoTime();
            batches.commit();
            long t2 = System.nanoTime();
            String after = Txn.calculateRead(dsg, () -> catalog.version().orElse(null));
            if (!after.equals(version) || !CatalogSnapshot.isAt(key, after)) {
                CatalogSnapshot.write(key, after, entries.values());
            }
            lastEntries = new KnownEntries(after, entries);
            LOG.debug("{}: reading and writing {} ms, last commit {} ms, catalog snapshot {} ms", dir,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        }
        return progress;
    }

    private void write(Read r, TransactionBatches batches, Counts n, Consumer<Diagnostic> problems) {
        Work w = r.work();
        String name = w.file().getFileName().toString();
        CatalogEntry old = w.stored();
        if (r.result() instanceof ReadReport.Failed f) {
            n.failed++;
            problems.accept(f.problem());
            keep(name, old, problems);
        } else if (r.result() instanceof ReadReport.Unchanged u) {
            n.unchanged++;
            if (u.stamp().trusted()) {
                batches.restamp(new CatalogEntry(w.graph(), name, u.contentHash(), extractorVersion, old.loaded(), u.stamp(),
                        old.triples()));
            }
        } else if (r.result() instanceof ReadReport.Extracted e) {
            e.report().warnings().forEach(problems);
            checkGraph(name, e, w.graph());
            batches.put(new CatalogEntry(w.graph(), name, e.report().contentHash(), extractorVersion, Instant.now(), e.stamp(),
                    e.triples().size()), e.triples());
            if (old == null) {
                n.added++;
            } else {
                n.replaced++;
            }
        }
    }

    private static void checkGraph(String name, ReadReport.Extracted e, Node graph) {
        if (!e.report().graphName().equals(graph)) {
            throw new IllegalStateException("the extractor named the graph of " + name + " " + e.report().graphName() + ", not " + graph);
        }
    }

    /**
     * Fills an empty database through the bulk loader: the catalog, the ontology, the reference
     * data and every report, read in parallel and streamed to the loader.
     */
    private Progress firstLoad(List<Path> files, Optional<FilesDigest> digest, Counts n, Consumer<Diagnostic> problems) {
        List<Work> work = plan(files, Map.of(), Map.of(), new HashSet<>(), n, problems);
        Progress progress = Progress.of(dir.toString(), work.size());
        Graph ontology = OntologyFiles.ontology();
        Graph referenceGraph = reference.get().toGraph(iris);
        long[] triples = {ontology.size() + referenceGraph.size()};
        text(); // opened before the loader locks the database
        String version = UUID.randomUUID().toString();
        List<CatalogEntry> entries = new ArrayList<>();
        try (BulkLoad bulk = BulkLoad.start(key, dsg)) {
            catalog.description(iris.base().value()).forEach(bulk::add);
            bulk.add(catalog.versionQuad(version));
            for (Map.Entry<Node, Graph> fixed : Map.of(iris.ontologyGraph(), ontology, iris.referenceGraph(), referenceGraph).entrySet()) {
                fixed.getValue().find().forEachRemaining(t -> bulk.add(fixed.getKey(), t));
                text().add(fixed.getKey(), fixed.getValue().find().toList());
                catalog.fixedGraph(fixed.getKey(), GraphHash.of(fixed.getValue()), extractorVersion, fixed.getValue().size())
                        .forEach(bulk::add);
            }
            pipeline.run(work, this::read, r -> {
                String name = r.work().file().getFileName().toString();
                if (r.result() instanceof ReadReport.Extracted e) {
                    e.report().warnings().forEach(problems);
                    checkGraph(name, e, r.work().graph());
                    e.triples().forEach(t -> bulk.add(r.work().graph(), t));
                    text().add(r.work().graph(), e.triples());
                    CatalogEntry entry = new CatalogEntry(r.work().graph(), name, e.report().contentHash(), extractorVersion, Instant.now(),
                            e.stamp(), e.triples().size());
                    catalog.entryQuads(entry).forEach(bulk::add);
                    entries.add(entry);
                    triples[0] += e.triples().size();
                    n.added++;
                    LOG.debug("{}: loading {}", dir, name);
                } else if (r.result() instanceof ReadReport.Failed f) {
                    n.failed++;
                    problems.accept(f.problem());
                }
                progress.step();
            });
            if (digest.isPresent() && n.failed == 0) {
                bulk.add(catalog.filesDigestQuad(digest.get().value()));
            }
            bulk.finish();
            CatalogSnapshot.write(key, version, entries);
            Map<Node, CatalogEntry> byGraph = new HashMap<>();
            entries.forEach(e -> byGraph.put(e.graph(), e));
            lastEntries = new KnownEntries(version, byGraph);
        }
        DiskUse.recordCompact(key, triples[0]);
        return progress;
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
                        text().replace(dsg, g, null);
                        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                        dsg.deleteAny(found.graph(), g, Node.ANY, Node.ANY);
                    });
                    dsg.deleteAny(found.graph(), c.getKey(), Node.ANY, Node.ANY);
                    catalog.newVersion();
                });
            }
        }
        Catalog.Found current = catalogs.get(catalog.graphName());
        if (current == null || !current.inDefaultGraph() || !base.equals(current.baseUri())) {
            Txn.executeWrite(dsg, () -> {
                catalog.describe(base);
                catalog.newVersion();
            });
        }
    }

    /**
     * Replaces the ontology or reference graph, in one transaction, when its content changed. Both
     * come with the code, so a graph written by the code running now is not read nor hashed again.
     */
    private void updateFixedGraph(Node name, Supplier<Graph> source, String what) {
        boolean current = Txn.calculateRead(dsg, () -> catalog.extractor(name).filter(extractorVersion::equals).isPresent()
                && catalog.graphHash(name).isPresent());
        if (current) {
            return;
        }
        Graph content = source.get();
        String hash = GraphHash.of(content);
        boolean same = Txn.calculateRead(dsg, () -> catalog.graphHash(name).filter(hash::equals).isPresent());
        Txn.executeWrite(dsg, () -> {
            if (!same) {
                text().replace(dsg, name, content.find().toList());
                dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                content.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            catalog.putFixedGraph(name, hash, extractorVersion, content.size());
            catalog.newVersion();
            catalog.forgetFilesDigest();
        });
        if (!same) {
            LOG.debug("{}: stored the {} ({} triples)", dir, what, content.size());
        }
    }

    private static final class Counts {
        int added;
        int replaced;
        int unchanged;
        int removed;
        int failed;
        int keptMissing;
        int committed;
        /** Whether this is the first load of an empty database. */
        boolean first;
    }
}
