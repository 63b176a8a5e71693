package org.ctockg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;
import org.ctockg.rdf.Iris;
import org.ctockg.rdf.Prefixes;
import org.ctockg.vocab.Hydra;
import org.ctockg.web.page.IncomingLinks;

/**
 * The lists of what points to a resource, one per property, as Hydra collections: each is named
 * {@code <resource>?incoming=<property>} and its pages {@code ...&page=2}; the description says
 * how many things the list holds ({@code hydra:totalItems}), which link its members have to the
 * resource ({@code hydra:memberAssertion}; an article's list counts the things that point to
 * one of its paragraphs too), and, when it does not fit on one page, where its pages are.
 */
final class IncomingCollections {
    static final String PARAMETER = "incoming";
    static final String PAGE = "page";

    private final PrefixMap prefixes = PrefixMapFactory.create();

    IncomingCollections(Iris iris) {
        Prefixes.applyTo(prefixes, iris);
    }

    /** The property as the {@code incoming} parameter names it: a prefixed name when it has one. */
    String parameter(Node property) {
        String shortName = prefixes.abbreviate(property.getURI());
        return shortName != null ? shortName : property.getURI();
    }

    /** The property an {@code incoming} parameter names (a prefixed name or a full IRI). */
    Optional<Node> property(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.empty();
        }
        String p = parameter.strip();
        if (p.startsWith("http://") || p.startsWith("https://")) {
            return Optional.of(NodeFactory.createURI(p));
        }
        String expanded = p.contains(":") ? prefixes.expand(p) : null;
        return Optional.ofNullable(expanded).map(NodeFactory::createURI);
    }

    /** The query string that names a property's list after the resource's path. */
    String query(Node property) {
        return "?" + PARAMETER + "=" + URLEncoder.encode(parameter(property), StandardCharsets.UTF_8).replace("%3A", ":");
    }

    /** The query string that names one page of a property's list. */
    String query(Node property, int page) {
        return query(property) + "&" + PAGE + "=" + page;
    }

    Node collection(Node focus, Node property) {
        return NodeFactory.createURI(focus.getURI() + query(property));
    }

    Node view(Node focus, Node property, int page) {
        return NodeFactory.createURI(focus.getURI() + query(property, page));
    }

    /** Adds to the graph the collection of one property's list and, when it has several pages, the page shown. */
    void describe(Graph g, Node focus, IncomingLinks links) {
        Node collection = collection(focus, links.property());
        g.add(focus, Hydra.collection, collection);
        g.add(collection, RDF.type.asNode(), Hydra.Collection);
        g.add(collection, Hydra.totalItems, NodeFactory.createLiteralDT(Long.toString(links.total()), XSDDatatype.XSDnonNegativeInteger));
        Node assertion = NodeFactory.createBlankNode();
        g.add(collection, Hydra.memberAssertion, assertion);
        g.add(assertion, Hydra.property, links.property());
        g.add(assertion, Hydra.object, focus);
        if (links.isPartial()) {
            Node view = view(focus, links.property(), links.page());
            g.add(collection, Hydra.view, view);
            g.add(view, RDF.type.asNode(), Hydra.PartialCollectionView);
            g.add(view, Hydra.first, view(focus, links.property(), 1));
            g.add(view, Hydra.last, view(focus, links.property(), links.lastPage()));
            if (links.hasNext()) {
                g.add(view, Hydra.next, view(focus, links.property(), links.page() + 1));
            }
            if (links.hasPrevious()) {
                g.add(view, Hydra.previous, view(focus, links.property(), links.page() - 1));
            }
        }
    }
}
