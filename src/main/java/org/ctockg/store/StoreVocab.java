package org.ctockg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ctockg.rdf.Iris;

/**
 * Terms the persistent store uses to describe itself in its catalog graph. They are about the
 * database, not about the reports, so they stay out of the ontology. The catalog does not reuse
 * {@code ctoc:sourceFile} or {@code ctoc:contentHash} either: it sits in the union default graph,
 * and a query over ctoc terms must answer on the server exactly as under {@code query}.
 */
public final class StoreVocab {
    public static final String NS = "https://w3id.org/ctoc-kg/store/";

    /** The catalog graph describes itself as one of these, so it is found whatever its base. */
    public static final Node Catalog = term("Catalog");
    /** The file (name, no folder) a report graph was read from. */
    public static final Node sourceFile = term("sourceFile");
    /** SHA-256 of the bytes of that file. */
    public static final Node contentHash = term("contentHash");
    /** The base URI every graph of the database was minted under. */
    public static final Node baseUri = term("baseUri");
    /** Fingerprint of the extraction code and data that built a report's graph. */
    public static final Node extractor = term("extractor");
    /** When a report graph was removed because its file left the folder (the catalog keeps a note of it). */
    public static final Node removed = term("removed");
    /** The file name of a removed report (not {@link #sourceFile}, which marks the reports stored now). */
    public static final Node removedFile = term("removedFile");
    /** Hash of the content of a graph that is not read from a report (ontology, reference data). */
    public static final Node graphHash = term("graphHash");

    private StoreVocab() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** The catalog graph of a database built under the base of {@code iris}. */
    public static Node catalogGraph(Iris iris) {
        return NodeFactory.createURI(iris.base().resolve("graph/catalog"));
    }
}
