package org.ctockg.store;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.ctockg.vocab.Ctoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full-text search with jena-text (Lucene): the field {@code text} holds the text of every
 * paragraph, heading and footnote ({@code ctoc:text}), the field {@code label} the labels
 * ({@code rdfs:label}, {@code skos:prefLabel}, {@code skos:altLabel}). In SPARQL:
 * {@code ?unit text:query "smuggling"} and {@code ?thing text:query (rdfs:label "palestine")}.
 *
 * <p>A database keeps its index in step graph by graph ({@link StoredTextIndex}); {@code query}
 * builds one in memory when a query needs it.
 */
public final class TextSearch {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");
    static final List<String> FIELDS = List.of("text", "label");

    private TextSearch() {
    }

    public static EntityDefinition fields() {
        EntityDefinition def = new EntityDefinition("uri", "text", Ctoc.text);
        def.set("label", RDFS.label.asNode());
        def.set("label", SKOS.prefLabel.asNode());
        def.set("label", SKOS.altLabel.asNode());
        // a uid per (graph, subject, field, value), so that one graph's documents can leave the index alone
        def.setUidField("uid");
        return def;
    }

    /** A dataset with its text index; closing it closes the index, not the store underneath. */
    public record Indexed(DatasetGraph dataset, TextIndex index) implements AutoCloseable {
        @Override
        public void close() {
            index.close();
        }
    }

    /** The dataset with a text index in memory, built now. */
    public static Indexed inMemory(DatasetGraph store) {
        Directory dir = new ByteBuffersDirectory();
        TextIndex index = TextDatasetFactory.createLuceneIndex(dir, new TextIndexConfig(fields()));
        rebuild(store, index);
        return wrap(store, index);
    }

    /** Whether a query uses the text index ({@code text:query}). */
    public static boolean isUsedBy(String query) {
        return query.contains("http://jena.apache.org/text#");
    }

    /**
     * The dataset with the text index the database keeps, opened when first used (by a search, or
     * {@code warm}); closing the result does not close the index.
     */
    public static DatasetGraph over(PersistentCorpus store) {
        EntityDefinition def = fields();
        Object[] opened = {null};
        InvocationHandler whenUsed = (proxy, method, args) -> {
            if (method.getName().equals("getDocDef") && opened[0] == null) {
                return def; // the same fields, without opening the index yet
            }
            synchronized (opened) {
                if (opened[0] == null) {
                    opened[0] = store.textIndex();
                }
            }
            try {
                return method.invoke(opened[0], args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        TextIndex lazy = (TextIndex) Proxy.newProxyInstance(TextIndex.class.getClassLoader(), new Class<?>[] {TextIndex.class}, whenUsed);
        return wrap(store.dataset().asDatasetGraph(), lazy).dataset();
    }

    private static Indexed wrap(DatasetGraph store, TextIndex index) {
        DatasetGraph text = TextDatasetFactory.create(store, index, false);
        // the wrapper must keep the store's union default graph, as the endpoint promises
        text.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Indexed(text, index);
    }

    static void rebuild(DatasetGraph store, TextIndex index) {
        long start = System.nanoTime();
        EntityDefinition def = index.getDocDef();
        int[] count = {0};
        Txn.executeRead(store, () -> {
            for (Node predicate : FIELDS.stream().flatMap(f -> def.getPredicates(f).stream()).toList()) {
                Iterator<Quad> quads = store.find(Node.ANY, Node.ANY, predicate, Node.ANY);
                while (quads.hasNext()) {
                    Entity entity = TextQueryFuncs.entityFromQuad(def, quads.next());
                    if (entity != null) {
                        index.addEntity(entity);
                        count[0]++;
                    }
                }
            }
        });
        index.commit();
        LOG.info("text index: {} texts and labels indexed in {} ms", count[0], (System.nanoTime() - start) / 1_000_000);
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
