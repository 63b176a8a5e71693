package org.ctockg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text index of a database, kept in step with it graph by graph: when a graph is replaced,
 * the texts and labels it no longer holds leave the index and the new ones enter, so a changed
 * report costs its own texts only. Each document carries a uid (graph, subject, field, value),
 * so a label that two reports state is two documents, and removing one leaves the other.
 *
 * <p>The index records the version of the catalog it reflects ({@value #VERSION}). The file is
 * deleted before the index is changed and written after the index and the store have both
 * committed; an index whose version is not the catalog's (a process stopped between the two,
 * or an index from an older build) is rebuilt from the store when opened.
 */
final class StoredTextIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");
    static final String VERSION = "version.txt";
    /** Bump when the documents' shape changes, so that older indexes are rebuilt. */
    private static final String FORMAT = "2";

    private final Path folder;
    private final TextIndex index;
    private final EntityDefinition def;
    private final Set<Node> predicates = new HashSet<>();
    private boolean dirty;
    private String recorded;

    private StoredTextIndex(Path folder, TextIndex index) {
        this.folder = folder;
        this.index = index;
        this.def = index.getDocDef();
        for (String f : TextSearch.FIELDS) {
            predicates.addAll(def.getPredicates(f));
        }
    }

    /** Opens the index in {@code folder}; rebuilds it from {@code store} (inside the caller's read transaction) unless it reflects {@code version}. */
    static StoredTextIndex open(Path folder, DatasetGraph store, String version) {
        try {
            Path marker = folder.resolve(VERSION);
            boolean current = version != null && Files.exists(marker)
                    && Files.readString(marker, StandardCharsets.UTF_8).equals(FORMAT + " " + version);
            if (!current) {
                TextSearch.deleteTree(folder);
            }
            Files.createDirectories(folder);
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(folder), new TextIndexConfig(TextSearch.fields()));
            StoredTextIndex stored = new StoredTextIndex(folder, index);
            if (current) {
                stored.recorded = version;
            } else {
                TextSearch.rebuild(store, index);
                stored.commit(version);
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + folder + ": " + e.getMessage(), e);
        }
    }

    TextIndex index() {
        return index;
    }

    /**
     * Brings the index in step with a graph about to be replaced by {@code content} (null: removed).
     * Runs inside the store's write transaction, before the old graph is deleted.
     */
    void replace(DatasetGraph dsg, Node graph, Collection<Triple> content) {
        Set<Triple> before = new HashSet<>();
        for (Node p : predicates) {
            dsg.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> before.add(q.asTriple()));
        }
        Set<Triple> after = content == null ? Set.of() : new HashSet<>(content);
        apply(graph, before.stream().filter(t -> !after.contains(t)).toList(), after.stream().filter(t -> !before.contains(t)).toList());
    }

    /**
     * Brings the index in step with a graph from which {@code removed} go and to which {@code added}
     * come (any triples: those of the indexed properties count). Runs inside the store's write
     * transaction.
     */
    void apply(Node graph, Collection<Triple> removed, Collection<Triple> added) {
        for (Triple t : removed) {
            if (predicates.contains(t.getPredicate())) {
                change(graph, t, false);
            }
        }
        for (Triple t : added) {
            if (predicates.contains(t.getPredicate())) {
                change(graph, t, true);
            }
        }
    }

    /** Adds the texts and labels of a new graph (the first load, where nothing is replaced). */
    void add(Node graph, Collection<Triple> content) {
        apply(graph, List.of(), content);
    }

    private void change(Node graph, Triple t, boolean add) {
        Entity e = TextQueryFuncs.entityFromQuad(def, graph, t.getSubject(), t.getPredicate(), t.getObject());
        if (e == null) {
            return;
        }
        if (!dirty) {
            invalidate();
        }
        if (add) {
            index.addEntity(e);
        } else {
            index.deleteEntity(e);
        }
    }

    /** Forgets the recorded version: from now until {@link #commit}, the index may not match the store. */
    private void invalidate() {
        dirty = true;
        try {
            Files.deleteIfExists(folder.resolve(VERSION));
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
    }

    /** Commits the index and records that it reflects the store at {@code version} (which the store has committed). */
    void commit(String version) {
        index.commit();
        dirty = false;
        recorded = version;
        if (version == null) {
            return;
        }
        try {
            Path tmp = folder.resolve(VERSION + ".tmp");
            Files.writeString(tmp, FORMAT + " " + version, StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(VERSION), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot record the index version: " + e.getMessage(), e);
        }
        LOG.debug("{}: text index at version {}", folder, version);
    }

    /** Commits and records {@code version} unless the index already reflects it. */
    void commitIfBehind(String version) {
        if (dirty || !java.util.Objects.equals(version, recorded)) {
            commit(version);
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
