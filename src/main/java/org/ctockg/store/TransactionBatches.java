package org.ctockg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes reports into an existing database, several per write transaction: a durable commit
 * costs a round of fsyncs whatever its size, so one per report made loading wait on the disk
 * (6,570 fsyncs for 200 reports). A transaction still holds whole reports only (old graph out,
 * new graph in, catalog entry, the text index brought in step), so a reader or a crash sees each
 * report before or after, never half; each transaction gives the data a new version. A batch is committed when it holds {@link #MAX_REPORTS} reports or {@link #MAX_TRIPLES}
 * triples, or has been open {@link #MAX_NANOS}; then {@code committed} hears the file names.
 * Single-threaded: only the writer calls it.
 */
final class TransactionBatches implements AutoCloseable {
    static final int MAX_REPORTS = 64;
    static final long MAX_TRIPLES = 200_000;
    static final long MAX_NANOS = 2_000_000_000L;

    private final DatasetGraph dsg;
    private final Catalog catalog;
    private final StoredTextIndex text;
    private final Map<Node, CatalogEntry> entries;
    private final Consumer<List<String>> committed;
    private final List<String> pending = new ArrayList<>();
    private long triples;
    private long opened;
    private int commits;

    /** {@code entries} is kept as the catalog's report entries will be once everything is committed. */
    TransactionBatches(DatasetGraph dsg, Catalog catalog, StoredTextIndex text, Map<Node, CatalogEntry> entries,
                       Consumer<List<String>> committed) {
        this.dsg = dsg;
        this.catalog = catalog;
        this.text = text;
        this.entries = entries;
        this.committed = committed;
    }

    /**
     * Replaces the graph of one report (or adds it) with its catalog entry. Only what differs is
     * written: the triples the stored graph has and the new one lacks are deleted, and the new
     * ones added, so a report changed by a paragraph costs that paragraph's triples, not a delete
     * and a re-insert of the whole report in all six indexes (and as much garbage on disk).
     */
    void put(CatalogEntry entry, Collection<Triple> content) {
        begin();
        Node g = entry.graph();
        Set<Triple> before = new HashSet<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> before.add(q.asTriple()));
        Set<Triple> after = new HashSet<>(content);
        List<Triple> removed = before.stream().filter(t -> !after.contains(t)).toList();
        List<Triple> added = after.stream().filter(t -> !before.contains(t)).toList();
        text.apply(g, removed, added);
        removed.forEach(t -> dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
        added.forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        catalog.putReport(entry);
        entries.put(g, entry);
        pending.add(entry.sourceFile());
        triples += content.size();
        commitIfFull();
    }

    /** Records a new entry for a graph whose content stays (the file was touched, its bytes did not change). */
    void restamp(CatalogEntry entry) {
        begin();
        catalog.putReport(entry);
        entries.put(entry.graph(), entry);
        commitIfFull();
    }

    /** Drops a report's graph; its entry becomes a note of the removal and its time (for the feed). */
    void remove(Node graph, Instant when) {
        begin();
        text.replace(dsg, graph, null);
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        catalog.markRemoved(graph, when);
        entries.remove(graph);
        commitIfFull();
    }

    /** Commits what is pending. */
    void commit() {
        if (dsg.isInTransaction()) {
            dsg.commit();
            dsg.end();
            commits++;
            List<String> done = List.copyOf(pending);
            pending.clear();
            triples = 0;
            committed.accept(done);
        }
    }

    int commits() {
        return commits;
    }

    /** Aborts what was not committed (after a failure); a normal run calls {@link #commit} first. */
    @Override
    public void close() {
        if (dsg.isInTransaction()) {
            pending.clear();
            try {
                dsg.abort();
            } finally {
                dsg.end();
            }
        }
    }

    private void begin() {
        if (!dsg.isInTransaction()) {
            dsg.begin(TxnType.WRITE);
            opened = System.nanoTime();
            catalog.newVersion();
            catalog.forgetFilesDigest();
        }
    }

    private void commitIfFull() {
        if (pending.size() >= MAX_REPORTS || triples >= MAX_TRIPLES || System.nanoTime() - opened >= MAX_NANOS) {
            commit();
        }
    }
}
