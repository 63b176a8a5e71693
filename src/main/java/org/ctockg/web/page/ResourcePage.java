package org.ctockg.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.ctockg.rdf.FactSink;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ctockg.vocab.Ctoc;

/**
 * The page of one resource: its label and types, its properties with linked labels, what
 * points to it grouped by property, the evidence quotes, and links to its RDF formats.
 */
public final class ResourcePage {
    /** What a thing pointing to the focus says that its entry leaves out: its text, evidence and containment. */
    private static final Set<Node> NOT_DETAILS = Set.of(RDF.type.asNode(), RDFS.label.asNode(), Ctoc.text,
            FactSink.PROV_DERIVED_FROM, Ctoc.inReport, Ctoc.underHeading, Ctoc.position);

    public final String title;
    public final String iri;
    public final List<Link> types;
    public final List<PropertyValues> properties;
    public final List<IncomingGroup> incoming;
    public final List<Quote> evidence;
    public final List<Link> formats;

    ResourcePage(String title, String iri, List<Link> types, List<PropertyValues> properties,
                 List<IncomingGroup> incoming, List<Quote> evidence, List<Link> formats) {
        this.title = title;
        this.iri = iri;
        this.types = types;
        this.properties = properties;
        this.incoming = incoming;
        this.evidence = evidence;
        this.formats = formats;
    }

    public boolean hasTypes() {
        return !types.isEmpty();
    }

    public boolean hasProperties() {
        return !properties.isEmpty();
    }

    public boolean hasIncoming() {
        return !incoming.isEmpty();
    }

    public boolean hasEvidence() {
        return !evidence.isEmpty();
    }

    public boolean hasFormats() {
        return !formats.isEmpty();
    }

    public static ResourcePage of(Node focus, Graph description, Hrefs hrefs, List<Link> formats) {
        Labels labels = new Labels(description);
        List<Link> types = description.find(focus, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(t -> link(t.getObject(), labels, hrefs))
                .sorted(Comparator.comparing(Link::label)).toList();
        List<PropertyValues> properties = propertiesOf(focus, description, labels, hrefs, Set.of(RDF.type.asNode()));
        return new ResourcePage(labels.of(focus), focus.getURI(), types, properties,
                incoming(focus, description, labels, hrefs), evidence(focus, description, labels, hrefs), formats);
    }

    static Link link(Node node, Labels labels, Hrefs hrefs) {
        return new Link(labels.of(node), hrefs.of(node));
    }

    static Value value(Node node, Labels labels, Hrefs hrefs) {
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            String note = !lang.isEmpty() ? "@" + lang
                    : node.getLiteralDatatypeURI() != null && !node.getLiteralDatatypeURI().endsWith("#string")
                    ? shortDatatype(node.getLiteralDatatypeURI()) : null;
            return new Value(node.getLiteralLexicalForm(), null, note);
        }
        return new Value(labels.of(node), hrefs.of(node), null);
    }

    private static String shortDatatype(String uri) {
        int hash = uri.lastIndexOf('#');
        return hash >= 0 ? "xsd:" + uri.substring(hash + 1) : uri;
    }

    /** The subject's statements grouped by property, properties in the order of their labels. */
    static List<PropertyValues> propertiesOf(Node subject, Graph g, Labels labels, Hrefs hrefs, Set<Node> skip) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : g.find(subject, Node.ANY, Node.ANY).toList()) {
            if (!skip.contains(t.getPredicate())) {
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        }
        return byProperty.entrySet().stream()
                .map(e -> new PropertyValues(labels.of(e.getKey()), hrefs.of(e.getKey()),
                        e.getValue().stream().map(o -> value(o, labels, hrefs))
                                .sorted(Comparator.comparing(Value::text)).toList()))
                .sorted(Comparator.comparing(PropertyValues::label))
                .toList();
    }

    private static List<IncomingGroup> incoming(Node focus, Graph g, Labels labels, Hrefs hrefs) {
        Map<Node, List<Triple>> byProperty = new LinkedHashMap<>();
        for (Triple t : g.find(Node.ANY, Node.ANY, focus).toList()) {
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t);
        }
        List<IncomingGroup> groups = new ArrayList<>();
        byProperty.forEach((property, triples) -> {
            Set<Node> skip = new HashSet<>(NOT_DETAILS);
            skip.add(property);
            List<IncomingGroup.Pointer> items = triples.stream()
                    .map(t -> new IncomingGroup.Pointer(link(t.getSubject(), labels, hrefs),
                            propertiesOf(t.getSubject(), g, labels, hrefs, skip)))
                    .sorted(Comparator.comparing(p -> p.subject().label()))
                    .toList();
            groups.add(new IncomingGroup(property, labels.of(property), hrefs.of(property), items.size(), items));
        });
        groups.sort(Comparator.comparing(IncomingGroup::label));
        return groups;
    }

    private static List<Quote> evidence(Node focus, Graph g, Labels labels, Hrefs hrefs) {
        Map<Node, Quote> quotes = new LinkedHashMap<>();
        for (Triple t : g.find(Node.ANY, Ctoc.text, Node.ANY).toList()) {
            Node paragraph = t.getSubject();
            if (paragraph.equals(focus) || !g.contains(Node.ANY, FactSink.PROV_DERIVED_FROM, paragraph)) {
                continue;
            }
            Node report = g.find(paragraph, Ctoc.inReport, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
            quotes.put(paragraph, new Quote(t.getObject().getLiteralLexicalForm(), link(paragraph, labels, hrefs),
                    report == null ? null : link(report, labels, hrefs)));
        }
        return quotes.values().stream()
                .sorted(Comparator.comparing((Quote q) -> q.report() == null ? "" : q.report().label())
                        .thenComparing(q -> q.paragraph().href() == null ? "" : q.paragraph().href()))
                .toList();
    }
}
