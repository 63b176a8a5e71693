package org.ctockg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.ctockg.rdf.Iris;

/**
 * Terms the persistent store uses to describe itself in its catalog. They are about the
 * database, not about the reports, so they stay out of the ontology (and the catalog stays out
 * of the union default graph that queries see).
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
    /** Size in bytes of the report's file when it was read. */
    public static final Node fileSize = term("fileSize");
    /** Last-modified time of the report's file when it was read. */
    public static final Node fileModified = term("fileModified");
    /** When the file's size and time were taken, just before its bytes were read. */
    public static final Node fileRead = term("fileRead");
    /** Number of triples in a graph the catalog accounts for. */
    public static final Node triples = term("triples");
    /** The version of the data, new with every write (said of the catalog itself). */
    public static final Node version = term("version");
    /** Digest of the report files the data was last brought in step with (said of the catalog itself). */
    public static final Node filesDigest = term("filesDigest");
    /** Hash of the content of a graph that is not read from a report (ontology, reference data). */
    public static final Node graphHash = term("graphHash");

    private StoreVocab() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /**
     * Where a database keeps its catalog: its own default graph, which TDB2 leaves out of the
     * union default graph that queries, pages, VoID and dumps see (a query can still name it,
     * {@code GRAPH <urn:x-arq:DefaultGraph>}).
     */
    public static final Node CATALOG_GRAPH = Quad.defaultGraphIRI;

    /** The name of the catalog of a database built under the base of {@code iris}. */
    public static Node catalogGraph(Iris iris) {
        return NodeFactory.createURI(iris.base().resolve("graph/catalog"));
    }
}
