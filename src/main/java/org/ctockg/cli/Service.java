package org.ctockg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.DatabaseUnavailableException;
import org.ctockg.store.PersistentCorpus;
import org.ctockg.store.SyncSummary;
import org.ctockg.store.TextSearch;
import org.ctockg.web.CtocServer;
import org.ctockg.web.ServerSettings;

/**
 * What {@code serve} runs: the database brought in step with the report folder, its text index,
 * and the server over both. Closing it stops the server and releases the database.
 */
final class Service implements AutoCloseable {
    static final String TEXT_INDEX = "text-index";

    private final PersistentCorpus store;
    private final TextSearch.Indexed text;
    private final CtocServer server;
    private final SyncSummary summary;
    private boolean closed;

    private Service(PersistentCorpus store, TextSearch.Indexed text, CtocServer server, SyncSummary summary) {
        this.store = store;
        this.text = text;
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
            SyncSummary summary = store.sync(reports, CorpusOptions::report);
            if (summary.replaced() + summary.removed() > 0) {
                store.compact();
            }
            TextSearch.Indexed text = TextSearch.persistent(store.dataset().asDatasetGraph(), db.resolve(TEXT_INDEX), fingerprint(store));
            try {
                return new Service(store, text, CtocServer.start(text.dataset(), settings, store::changes), summary);
            } catch (RuntimeException e) {
                text.close();
                throw e;
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Changes whenever a report graph, or the code that extracted it, changes. */
    private static String fingerprint(PersistentCorpus store) {
        return store.reports().stream()
                .map(e -> e.graph().getURI() + " " + e.contentHash() + " " + e.extractor())
                .collect(Collectors.joining("\n"));
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
            try {
                text.close();
            } finally {
                store.close();
            }
        }
    }
}
