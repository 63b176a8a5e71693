package org.ctockg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.ctockg.extract.ReportFiles;
import org.ctockg.ingest.ChangedReports;
import org.ctockg.ingest.ReportFolderWatch;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.DatabaseUnavailableException;
import org.ctockg.store.PersistentCorpus;
import org.ctockg.store.SyncSummary;
import org.ctockg.store.TextSearch;
import org.ctockg.web.CtocServer;
import org.ctockg.web.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code serve} runs: the database brought in step with the report folder, its text index,
 * and the server over both. Closing it stops the server and releases the database.
 */
final class Service implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");

    /** How long the report folders must be quiet after a change before the changed reports are read. */
    private static final Duration QUIET = Duration.ofMillis(300);

    /**
     * How long after the server is ready the extraction is warmed up for the first change. Warming
     * up takes a core for half a second or more (classes loaded, code compiled); right at the start
     * it slowed the server's first answers by as much, on two cores.
     */
    private static final Duration WARM_UP_AFTER = Duration.ofSeconds(3);

    private final PersistentCorpus store;
    private final CtocServer server;
    private final SyncSummary summary;
    private final ReportFolderWatch watch;
    private boolean closed;

    private Service(PersistentCorpus store, CtocServer server, SyncSummary summary, ReportFolderWatch watch) {
        this.store = store;
        this.server = server;
        this.summary = summary;
        this.watch = watch;
    }

    /**
     * Brings the database in step with the reports and serves it. With {@code watch}, reports
     * written, added or deleted while it serves are read (or dropped) a moment later, each
     * costing its own work only; pages and ETags follow the new data version.
     */
    static Service start(Path db, List<Path> reports, ServerSettings settings, boolean watch) {
        PersistentCorpus store;
        try {
            store = PersistentCorpus.open(db, new Iris(settings.base()), ReferenceData::load);
        } catch (DatabaseUnavailableException e) {
            throw new UserError(e.getMessage());
        }
        ReportFolderWatch watching = null;
        try {
            // watching before the first sync, so that no change made meanwhile goes unseen
            watching = watch ? ReportFolderWatch.start(reports, QUIET, changed -> reload(store, reports, changed)) : null;
            // the server is set up (classes loaded, pages compiled) while the data is brought in step
            CompletableFuture<SyncSummary> synced = CompletableFuture.supplyAsync(() -> store.sync(reports, CorpusOptions::report),
                    Service::syncThread);
            long t0 = System.nanoTime();
            CtocServer server = CtocServer.build(TextSearch.over(store), settings, store::changes, store::dataVersion);
            long t1 = System.nanoTime();
            SyncSummary summary = join(synced);
            long t2 = System.nanoTime();
            Service service = new Service(store, server.start(), summary, watching);
            LOG.debug("server set up in {} ms, then waited {} ms for the sync, started in {} ms", (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
            if (summary.replaced() + summary.removed() > 0) {
                compactInBackground(store);
            }
            if (watching != null) {
                inBackground("prepare-for-changes", () -> {
                    try {
                        Thread.sleep(WARM_UP_AFTER.toMillis());
                        store.prepareForChanges(ReportFiles.expand(reports, d -> { }).stream().findFirst().orElse(null));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        LOG.warn("{}: cannot prepare for changes to the reports: {}", store.directory(), e.getMessage());
                    }
                });
            }
            return service;
        } catch (RuntimeException e) {
            if (watching != null) {
                watching.close();
            }
            store.close();
            throw e;
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException(db + ": cannot watch the report folders: " + e.getMessage(), e);
        }
    }

    /** Reads what changed among the reports while serving (the sync's summary line says what). */
    private static void reload(PersistentCorpus store, List<Path> reports, ChangedReports changed) {
        SyncSummary s = store.sync(reports, changed, CorpusOptions::report);
        if (s.replaced() + s.removed() > 0) {
            compactInBackground(store);
        }
    }

    private static void syncThread(Runnable r) {
        Thread t = new Thread(r, "sync");
        t.setDaemon(true);
        t.start();
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Compacts the database, while it is served, when replaced and removed reports left enough
     * garbage: readers go on meanwhile (TDB2 swaps in the compacted copy), so the server is ready
     * without waiting for a pass over the whole database.
     */
    private static void compactInBackground(PersistentCorpus store) {
        inBackground("compaction", () -> {
            try {
                store.compactIfWorthIt();
            } catch (RuntimeException e) {
                LOG.warn("{}: compaction failed, the database stays as it was: {}", store.directory(), e.getMessage());
            }
        });
    }

    private static void inBackground(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    int port() {
        return server.port();
    }

    SyncSummary summary() {
        return summary;
    }

    void join() {
        server.join();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (watch != null) {
            watch.close();
        }
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
