package org.ctockg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ctockg.ingest.FileStamp;

/**
 * The catalog graph of a database: which graphs the store wrote and from what. Each report graph
 * has an entry ({@code <graph> store:sourceFile; store:contentHash; store:extractor;
 * dcterms:modified; store:triples}, and the file's {@code store:fileSize; store:fileModified;
 * store:fileRead} when they can vouch for its bytes); the ontology and reference graphs have a
 * {@code store:graphHash}, {@code store:extractor} and {@code store:triples}; the
 * catalog graph itself names the base URI. Every method runs inside the caller's transaction,
 * so an entry is always written in the same transaction as its graph.
 */
final class Catalog {
    private final DatasetGraph dsg;
    private final Node graph;

    Catalog(DatasetGraph dsg, Node catalogGraph) {
        this.dsg = dsg;
        this.graph = catalogGraph;
    }

    Node graphName() {
        return graph;
    }

    /** Every catalog graph in the database, with the base URI it records (a database normally has one). */
    static Map<Node, String> findAll(DatasetGraph dsg) {
        Map<Node, String> out = new HashMap<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), StoreVocab.Catalog); it.hasNext(); ) {
            Quad q = it.next();
            if (q.getGraph().equals(q.getSubject())) {
                Catalog c = new Catalog(dsg, q.getGraph());
                out.put(q.getGraph(), c.literal(q.getGraph(), StoreVocab.baseUri).orElse(""));
            }
        }
        return out;
    }

    void describe(String baseUri) {
        dsg.deleteAny(graph, graph, Node.ANY, Node.ANY);
        description(baseUri).forEach(dsg::add);
    }

    /** The statements {@link #describe} writes, for a writer that does not go through the dataset (the bulk loader). */
    List<Quad> description(String baseUri) {
        return List.of(Quad.create(graph, graph, RDF.type.asNode(), StoreVocab.Catalog),
                Quad.create(graph, graph, StoreVocab.baseUri, NodeFactory.createLiteralString(baseUri)));
    }

    /** The version of the data: a new one with every write transaction, so that what depends on the data (the text index) can tell it is current. */
    Optional<String> version() {
        return literal(graph, StoreVocab.version);
    }

    /** Gives the data a new version, inside the caller's write transaction; returns it. */
    String newVersion() {
        String v = UUID.randomUUID().toString();
        dsg.deleteAny(graph, graph, StoreVocab.version, Node.ANY);
        dsg.add(graph, graph, StoreVocab.version, NodeFactory.createLiteralString(v));
        return v;
    }

    Quad versionQuad(String v) {
        return Quad.create(graph, graph, StoreVocab.version, NodeFactory.createLiteralString(v));
    }

    /**
     * A digest of the report files (names, sizes, times), the code and the base URI that the
     * data was last brought in step with; forgotten by any other write. While the files bear the
     * same digest, a sync has nothing to do and reads no entry.
     */
    Optional<String> filesDigest() {
        return literal(graph, StoreVocab.filesDigest);
    }

    void putFilesDigest(String digest) {
        forgetFilesDigest();
        dsg.add(graph, graph, StoreVocab.filesDigest, NodeFactory.createLiteralString(digest));
    }

    void forgetFilesDigest() {
        dsg.deleteAny(graph, graph, StoreVocab.filesDigest, Node.ANY);
    }

    /** The stored report graphs, by graph name. */
    Map<Node, CatalogEntry> reports() {
        Map<Node, CatalogEntry> out = new HashMap<>();
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, StoreVocab.sourceFile, Node.ANY); it.hasNext(); ) {
            Node g = it.next().getSubject();
            out.put(g, entry(g));
        }
        return out;
    }

    private CatalogEntry entry(Node g) {
        Map<Node, String> values = new HashMap<>();
        dsg.find(graph, g, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                values.putIfAbsent(q.getPredicate(), q.getObject().getLiteralLexicalForm());
            }
        });
        String size = values.get(StoreVocab.fileSize);
        String modified = values.get(StoreVocab.fileModified);
        String read = values.get(StoreVocab.fileRead);
        FileStamp stamp = size == null || modified == null || read == null ? null
                : new FileStamp(Long.parseLong(size), Instant.parse(modified), Instant.parse(read));
        String triples = values.get(StoreVocab.triples);
        return new CatalogEntry(g, values.getOrDefault(StoreVocab.sourceFile, ""), values.getOrDefault(StoreVocab.contentHash, ""),
                values.getOrDefault(StoreVocab.extractor, ""),
                values.containsKey(DCTerms.modified.asNode()) ? Instant.parse(values.get(DCTerms.modified.asNode())) : null,
                stamp, triples == null ? -1 : Long.parseLong(triples));
    }

    /** Every graph the catalog accounts for: reports, ontology, reference data. */
    List<Node> graphs() {
        List<Node> out = new ArrayList<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getSubject().equals(graph) && !out.contains(q.getSubject())) {
                out.add(q.getSubject());
            }
        });
        return out;
    }

    void putReport(Node reportGraph, String sourceFile, String contentHash, String extractor, Instant loaded) {
        putReport(new CatalogEntry(reportGraph, sourceFile, contentHash, extractor, loaded, null, -1));
    }

    void putReport(CatalogEntry e) {
        remove(e.graph());
        entryQuads(e).forEach(dsg::add);
    }

    /** The statements of a report's entry, for {@link #putReport} and for the bulk loader. */
    List<Quad> entryQuads(CatalogEntry e) {
        Node g = e.graph();
        List<Quad> out = new ArrayList<>();
        out.add(Quad.create(graph, g, StoreVocab.sourceFile, NodeFactory.createLiteralString(e.sourceFile())));
        out.add(Quad.create(graph, g, StoreVocab.contentHash, NodeFactory.createLiteralString(e.contentHash())));
        out.add(Quad.create(graph, g, StoreVocab.extractor, NodeFactory.createLiteralString(e.extractor())));
        out.add(Quad.create(graph, g, DCTerms.modified.asNode(), dateTime(e.loaded())));
        if (e.stamp() != null && e.stamp().trusted()) {
            out.add(Quad.create(graph, g, StoreVocab.fileSize, NodeFactory.createLiteralDT(Long.toString(e.stamp().size()), XSDDatatype.XSDlong)));
            out.add(Quad.create(graph, g, StoreVocab.fileModified, dateTime(e.stamp().modified())));
            out.add(Quad.create(graph, g, StoreVocab.fileRead, dateTime(e.stamp().taken())));
        }
        if (e.triples() >= 0) {
            out.add(Quad.create(graph, g, StoreVocab.triples, NodeFactory.createLiteralDT(Long.toString(e.triples()), XSDDatatype.XSDlong)));
        }
        return out;
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }

    /** The triples the catalog counts in every graph it accounts for (reports, ontology, reference data); -1 when some count is unknown. */
    long triples() {
        long[] sum = {0};
        boolean[] unknown = {false};
        Map<Node, Long> counts = new HashMap<>();
        dsg.find(graph, Node.ANY, StoreVocab.triples, Node.ANY).forEachRemaining(q ->
                counts.put(q.getSubject(), Long.parseLong(q.getObject().getLiteralLexicalForm())));
        for (Node g : graphs()) {
            Long n = counts.get(g);
            if (n == null) {
                unknown[0] = true;
            } else {
                sum[0] += n;
            }
        }
        return unknown[0] ? -1 : sum[0];
    }

    Optional<String> graphHash(Node g) {
        return literal(g, StoreVocab.graphHash);
    }

    void putGraphHash(Node g, String hash) {
        remove(g);
        dsg.add(graph, g, StoreVocab.graphHash, NodeFactory.createLiteralString(hash));
    }

    /** The extraction code that last checked a graph not read from a report (ontology, reference data). */
    Optional<String> extractor(Node g) {
        return literal(g, StoreVocab.extractor);
    }

    /** A graph not read from a report, its content hash, the code that wrote it and its size. */
    List<Quad> fixedGraph(Node g, String hash, String extractor, long triples) {
        return List.of(Quad.create(graph, g, StoreVocab.graphHash, NodeFactory.createLiteralString(hash)),
                Quad.create(graph, g, StoreVocab.extractor, NodeFactory.createLiteralString(extractor)),
                Quad.create(graph, g, StoreVocab.triples, NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDlong)));
    }

    void putFixedGraph(Node g, String hash, String extractor, long triples) {
        remove(g);
        fixedGraph(g, hash, extractor, triples).forEach(dsg::add);
    }

    void remove(Node g) {
        dsg.deleteAny(graph, g, Node.ANY, Node.ANY);
    }

    private Optional<String> literal(Node s, Node p) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                return Optional.of(o.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }
}
