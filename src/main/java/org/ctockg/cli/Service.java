package org.ctockg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.ctockg.extract.ReportExtractor;
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
        ReferenceData reference = ReferenceData.load();
        ReportExtractor extractor = new ReportExtractor(new Iris(settings.base()), reference);
        PersistentCorpus store;
        try {
            store = PersistentCorpus.open(db, extractor, reference);
        } catch (DatabaseUnavailableException e) {
            throw new UserError(e.getMessage());
        }
        try {
            // the server is set up (classes loaded, pages compiled) while the data is brought in step
            CompletableFuture<SyncSummary> synced = CompletableFuture.supplyAsync(() -> store.sync(reports, CorpusOptions::report),
                    Service::syncThread);
            CtocServer server = CtocServer.build(TextSearch.over(store), settings);
            SyncSummary summary = join(synced);
            Service service = new Service(store, server.start(), summary);
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
