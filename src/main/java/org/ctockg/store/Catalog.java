package org.ctockg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The catalog of a database: which graphs the store wrote and from what. Each report graph
 * has an entry ({@code <graph> store:sourceFile; store:contentHash; store:extractor;
 * dcterms:modified}); the ontology and reference graphs have a {@code store:graphHash}; the
 * catalog itself (named {@code graph/catalog} under the base) names the base URI. It lives in
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
        dsg.add(graph, name, RDF.type.asNode(), StoreVocab.Catalog);
        dsg.add(graph, name, StoreVocab.baseUri, NodeFactory.createLiteralString(baseUri));
    }

    /** The stored report graphs, by graph name. */
    Map<Node, CatalogEntry> reports() {
        Map<Node, CatalogEntry> out = new HashMap<>();
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, StoreVocab.sourceFile, Node.ANY); it.hasNext(); ) {
            Node g = it.next().getSubject();
            out.put(g, new CatalogEntry(g, literal(g, StoreVocab.sourceFile).orElse(""), literal(g, StoreVocab.contentHash).orElse(""),
                    literal(g, StoreVocab.extractor).orElse(""), literal(g, DCTerms.modified.asNode()).map(Instant::parse).orElse(null)));
        }
        return out;
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
        // first stored: kept across replacements; a report stored again after its removal starts anew
        Optional<String> created = literal(reportGraph, StoreVocab.sourceFile).isPresent()
                ? literal(reportGraph, DCTerms.created.asNode()).or(() -> literal(reportGraph, DCTerms.modified.asNode()))
                : Optional.empty();
        remove(reportGraph);
        dsg.add(graph, reportGraph, DCTerms.created.asNode(), dateTime(created.orElse(loaded.toString())));
        dsg.add(graph, reportGraph, StoreVocab.sourceFile, NodeFactory.createLiteralString(sourceFile));
        dsg.add(graph, reportGraph, StoreVocab.contentHash, NodeFactory.createLiteralString(contentHash));
        dsg.add(graph, reportGraph, StoreVocab.extractor, NodeFactory.createLiteralString(extractor));
        dsg.add(graph, reportGraph, DCTerms.modified.asNode(), dateTime(loaded.toString()));
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
