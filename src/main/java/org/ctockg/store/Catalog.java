package org.ctockg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ctockg.ingest.FileStamp;

/**
 * The catalog of a database: which graphs the store wrote and from what. Each report graph
 * has an entry ({@code <graph> store:sourceFile; store:contentHash; store:extractor;
 * dcterms:created; dcterms:modified; store:triples}, and the file's {@code store:fileSize;
 * store:fileModified; store:fileRead} when they can vouch for its bytes); the ontology and
 * reference graphs have a {@code store:graphHash}, {@code store:extractor} and
 * {@code store:triples}; the catalog itself (named {@code graph/catalog} under the base) names
 * the base URI, the data's version and the digest of the files last synced. It lives in
 * the database's own default graph ({@link StoreVocab#CATALOG_GRAPH}), which the union default
 * graph that queries, pages and dumps see leaves out. Every method runs inside the caller's
 * transaction, so an entry is always written in the same transaction as its graph.
 */
final class Catalog {
    private final DatasetGraph dsg;
    private final Node graph = StoreVocab.CATALOG_GRAPH;
    private final Node name;

    Catalog(DatasetGraph dsg, Node name) {
        this.dsg = dsg;
        this.name = name;
    }

    /** The catalog's own name, the subject of what it says of itself. */
    Node graphName() {
        return name;
    }

    /**
     * Every catalog in the database, by its name: where it is kept (the default graph, or a
     * named graph of its own as earlier versions kept it) and the base URI it records (a
     * database normally has one).
     */
    static Map<Node, Found> findAll(DatasetGraph dsg) {
        Map<Node, Found> out = new HashMap<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), StoreVocab.Catalog); it.hasNext(); ) {
            Quad q = it.next();
            Iterator<Quad> base = dsg.find(q.getGraph(), q.getSubject(), StoreVocab.baseUri, Node.ANY);
            out.put(q.getSubject(), new Found(q.getGraph(), base.hasNext() ? base.next().getObject().getLiteralLexicalForm() : ""));
        }
        return out;
    }

    /** Where a catalog was found and the base URI it records. */
    record Found(Node graph, String baseUri) {
        boolean inDefaultGraph() {
            return Quad.isDefaultGraph(graph);
        }
    }

    void describe(String baseUri) {
        dsg.deleteAny(graph, name, Node.ANY, Node.ANY);
        description(baseUri).forEach(dsg::add);
    }

    /** The statements {@link #describe} writes, for a writer that does not go through the dataset (the bulk loader). */
    List<Quad> description(String baseUri) {
        return List.of(Quad.create(graph, name, RDF.type.asNode(), StoreVocab.Catalog),
                Quad.create(graph, name, StoreVocab.baseUri, NodeFactory.createLiteralString(baseUri)));
    }

    /** The version of the data: a new one with every write transaction, so that what depends on the data (the text index) can tell it is current. */
    Optional<String> version() {
        return literal(name, StoreVocab.version);
    }

    /** Gives the data a new version, inside the caller's write transaction; returns it. */
    String newVersion() {
        String v = UUID.randomUUID().toString();
        dsg.deleteAny(graph, name, StoreVocab.version, Node.ANY);
        dsg.add(versionQuad(v));
        return v;
    }

    Quad versionQuad(String v) {
        return Quad.create(graph, name, StoreVocab.version, NodeFactory.createLiteralString(v));
    }

    /**
     * A digest of the report files (names, sizes, times), the code and the base URI that the
     * data was last brought in step with; forgotten by any other write. While the files bear the
     * same digest, a sync has nothing to do and reads no entry.
     */
    Optional<String> filesDigest() {
        return literal(name, StoreVocab.filesDigest);
    }

    void putFilesDigest(String digest) {
        forgetFilesDigest();
        dsg.add(filesDigestQuad(digest));
    }

    Quad filesDigestQuad(String digest) {
        return Quad.create(graph, name, StoreVocab.filesDigest, NodeFactory.createLiteralString(digest));
    }

    void forgetFilesDigest() {
        dsg.deleteAny(graph, name, StoreVocab.filesDigest, Node.ANY);
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

    /** The triples of the given graphs not read from reports (ontology, reference data); -1 when one is not recorded. */
    long fixedTriples(List<Node> graphs) {
        long sum = 0;
        for (Node g : graphs) {
            Optional<String> n = literal(g, StoreVocab.triples);
            if (n.isEmpty()) {
                return -1;
            }
            sum += Long.parseLong(n.get());
        }
        return sum;
    }

    /**
     * The triples the catalog counts in the graphs it holds (reports, ontology, reference data);
     * -1 when some graph's count is not recorded.
     */
    long triples() {
        Map<Node, Long> counts = new HashMap<>();
        dsg.find(graph, Node.ANY, StoreVocab.triples, Node.ANY).forEachRemaining(q ->
                counts.put(q.getSubject(), Long.parseLong(q.getObject().getLiteralLexicalForm())));
        for (Node p : List.of(StoreVocab.sourceFile, StoreVocab.graphHash)) {
            for (Iterator<Quad> it = dsg.find(graph, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                if (!counts.containsKey(it.next().getSubject())) {
                    return -1;
                }
            }
        }
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every graph the catalog accounts for: reports, ontology, reference data. */
    List<Node> graphs() {
        List<Node> out = new ArrayList<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getSubject().equals(name) && !out.contains(q.getSubject())) {
                out.add(q.getSubject());
            }
        });
        return out;
    }

    void putReport(Node reportGraph, String sourceFile, String contentHash, String extractor, Instant loaded) {
        putReport(new CatalogEntry(reportGraph, sourceFile, contentHash, extractor, loaded, null, -1));
    }

    void putReport(CatalogEntry e) {
        Node reportGraph = e.graph();
        // first stored: kept across replacements; a report stored again after its removal starts anew
        Optional<String> created = literal(reportGraph, StoreVocab.sourceFile).isPresent()
                ? literal(reportGraph, DCTerms.created.asNode()).or(() -> literal(reportGraph, DCTerms.modified.asNode()))
                : Optional.empty();
        remove(reportGraph);
        entryQuads(e, created.map(Instant::parse).orElse(e.loaded())).forEach(dsg::add);
    }

    /** The statements of a new report's entry, for the bulk loader (first stored now). */
    List<Quad> entryQuads(CatalogEntry e) {
        return entryQuads(e, e.loaded());
    }

    private List<Quad> entryQuads(CatalogEntry e, Instant created) {
        Node g = e.graph();
        List<Quad> out = new ArrayList<>();
        out.add(Quad.create(graph, g, DCTerms.created.asNode(), dateTime(created.toString())));
        out.add(Quad.create(graph, g, StoreVocab.sourceFile, NodeFactory.createLiteralString(e.sourceFile())));
        out.add(Quad.create(graph, g, StoreVocab.contentHash, NodeFactory.createLiteralString(e.contentHash())));
        out.add(Quad.create(graph, g, StoreVocab.extractor, NodeFactory.createLiteralString(e.extractor())));
        out.add(Quad.create(graph, g, DCTerms.modified.asNode(), dateTime(e.loaded().toString())));
        if (e.stamp() != null && e.stamp().trusted()) {
            out.add(Quad.create(graph, g, StoreVocab.fileSize, longLiteral(e.stamp().size())));
            out.add(Quad.create(graph, g, StoreVocab.fileModified, dateTime(e.stamp().modified().toString())));
            out.add(Quad.create(graph, g, StoreVocab.fileRead, dateTime(e.stamp().taken().toString())));
        }
        if (e.triples() >= 0) {
            out.add(Quad.create(graph, g, StoreVocab.triples, longLiteral(e.triples())));
        }
        return out;
    }

    private static Node longLiteral(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDlong);
    }

    /** Replaces a report's entry by a note that it was removed, and when (for feeds of what changed). */
    void markRemoved(Node reportGraph, Instant when) {
        Optional<String> file = literal(reportGraph, StoreVocab.sourceFile);
        Optional<String> created = literal(reportGraph, DCTerms.created.asNode()).or(() -> literal(reportGraph, DCTerms.modified.asNode()));
        remove(reportGraph);
        if (file.isPresent()) {
            dsg.add(graph, reportGraph, StoreVocab.removedFile, NodeFactory.createLiteralString(file.get()));
            created.ifPresent(c -> dsg.add(graph, reportGraph, DCTerms.created.asNode(), dateTime(c)));
            dsg.add(graph, reportGraph, StoreVocab.removed, dateTime(when.toString()));
        }
    }

    /** What last happened to each report graph the catalog knows of, stored or removed; report IRIs by {@code reportOf}. */
    List<ReportChange> changes(Function<String, Node> reportOf) {
        List<ReportChange> out = new ArrayList<>();
        reports().values().forEach(e -> {
            Instant created = literal(e.graph(), DCTerms.created.asNode()).map(Instant::parse).orElse(e.loaded());
            boolean changed = e.loaded() != null && created != null && e.loaded().isAfter(created);
            out.add(new ReportChange(reportOf.apply(e.sourceFile()), e.sourceFile(),
                    changed ? ReportChange.Kind.CHANGED : ReportChange.Kind.ADDED, e.loaded(), created));
        });
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, StoreVocab.removed, Node.ANY); it.hasNext(); ) {
            Node g = it.next().getSubject();
            String file = literal(g, StoreVocab.removedFile).orElse("");
            out.add(new ReportChange(reportOf.apply(file), file, ReportChange.Kind.REMOVED,
                    literal(g, StoreVocab.removed).map(Instant::parse).orElse(null),
                    literal(g, DCTerms.created.asNode()).map(Instant::parse).orElse(null)));
        }
        return out;
    }

    private static Node dateTime(String instant) {
        return NodeFactory.createLiteralDT(instant, XSDDatatype.XSDdateTime);
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

    /** A graph not read from a report: its content hash, the code that wrote it and its size. */
    List<Quad> fixedGraph(Node g, String hash, String extractor, long triples) {
        return List.of(Quad.create(graph, g, StoreVocab.graphHash, NodeFactory.createLiteralString(hash)),
                Quad.create(graph, g, StoreVocab.extractor, NodeFactory.createLiteralString(extractor)),
                Quad.create(graph, g, StoreVocab.triples, longLiteral(triples)));
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
