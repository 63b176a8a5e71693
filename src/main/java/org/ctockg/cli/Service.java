package org.ctockg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

    private final PersistentCorpus store;
    private final CtocServer server;
    private final SyncSummary summary;
    private boolean closed;

    private Service(PersistentCorpus store, CtocServer server, SyncSummary summary) {
        this.store = store;
        this.server = server;
        this.summary = summary;
    }

    static Service start(Path db, List<Path> reports, ServerSettings settings) {
        PersistentCorpus store;
        try {
            store = PersistentCorpus.open(db, new Iris(settings.base()), ReferenceData::load);
        } catch (DatabaseUnavailableException e) {
            throw new UserError(e.getMessage());
        }
        try {
            // the server is set up (classes loaded, pages compiled) while the data is brought in step
            CompletableFuture<SyncSummary> synced = CompletableFuture.supplyAsync(() -> store.sync(reports, CorpusOptions::report),
                    Service::syncThread);
            long t0 = System.nanoTime();
            CtocServer server = CtocServer.build(TextSearch.over(store), settings, store::changes);
            long t1 = System.nanoTime();
            SyncSummary summary = join(synced);
            long t2 = System.nanoTime();
            Service service = new Service(store, server.start(), summary);
            LOG.debug("server set up in {} ms, then waited {} ms for the sync, started in {} ms", (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
            if (summary.replaced() + summary.removed() > 0) {
                service.compactInBackground();
            }
            return service;
        } catch (RuntimeException e) {
            store.close();
            throw e;
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
    private void compactInBackground() {
        Thread t = new Thread(() -> {
            try {
                store.compactIfWorthIt();
            } catch (RuntimeException e) {
                LOG.warn("{}: compaction failed, the database stays as it was: {}", store.directory(), e.getMessage());
            }
        }, "compaction");
        t.setDaemon(true);
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
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
