package org.ctockg.web;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ctockg.query.LibraryQuery;
import org.ctockg.query.QueryLibrary;
import org.ctockg.rdf.BaseIri;

/**
 * The query library as data, the way public SPARQL example collections publish theirs: each
 * query an {@code sh:SPARQLSelectExecutable} with its question ({@code rdfs:label}), its
 * question and description ({@code rdfs:comment}), its text ({@code sh:select}, prefixes in
 * {@code sh:prefixes}) and the endpoint it runs on ({@code schema:target}); served at
 * {@code /.well-known/sparql-examples} and linked from the service description.
 */
final class SparqlExamples implements GraphDocument {
    static final String PATH = ".well-known/sparql-examples";
    private static final String SCHEMA = "https://schema.org/";

    private final Node collection;
    private final Graph graph;

    SparqlExamples(QueryLibrary library, BaseIri base) {
        this.collection = NodeFactory.createURI(base.resolve(PATH));
        this.graph = build(library, base);
    }

    @Override
    public Node mainNode() {
        return collection;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    private Graph build(QueryLibrary library, BaseIri base) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sh", SHACLM.getURI()).setNsPrefix("schema", SCHEMA)
                .setNsPrefix("ex", collection.getURI() + "#");
        Node endpoint = NodeFactory.createURI(base.resolve(CtocServer.DATASET.substring(1) + "/sparql"));
        g.add(collection, RDF.type.asNode(), schema("Collection"));
        g.add(collection, RDFS.label.asNode(), english("Example queries of ctoc-kg"));
        g.add(collection, RDFS.comment.asNode(), english("The query library of the service: the questions analysts ask of the reports, "
                + "each as a SPARQL query to run on the endpoint, or with parameters through " + QueryApiServlet.PATH + "."));
        for (LibraryQuery q : library.all()) {
            Node ex = NodeFactory.createURI(collection.getURI() + "#" + q.name());
            g.add(collection, schema("hasPart"), ex);
            g.add(ex, RDF.type.asNode(), SHACLM.SPARQLExecutable.asNode());
            g.add(ex, RDF.type.asNode(), SHACLM.SPARQLSelectExecutable.asNode());
            g.add(ex, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(q.name()));
            g.add(ex, RDFS.label.asNode(), english(q.title()));
            g.add(ex, RDFS.comment.asNode(), english((q.title() + " " + q.description()).strip()));
            g.add(ex, SHACLM.select.asNode(), NodeFactory.createLiteralString(q.text()));
            g.add(ex, schema("target"), endpoint);
            g.add(ex, schema("url"), NodeFactory.createURI(base.resolve(QueryApiServlet.PATH.substring(1) + "/" + q.name())));
            Node prefixes = NodeFactory.createURI(ex.getURI() + "-prefixes");
            g.add(ex, SHACLM.prefixes.asNode(), prefixes);
            q.query().getPrefixMapping().getNsPrefixMap().forEach((prefix, ns) -> {
                Node declaration = NodeFactory.createBlankNode();
                g.add(prefixes, SHACLM.declare.asNode(), declaration);
                g.add(declaration, SHACLM.prefix.asNode(), NodeFactory.createLiteralString(prefix));
                g.add(declaration, SHACLM.namespace.asNode(), NodeFactory.createLiteralDT(ns, XSDDatatype.XSDanyURI));
            });
        }
        return g;
    }

    private static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }

    private static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }
}
