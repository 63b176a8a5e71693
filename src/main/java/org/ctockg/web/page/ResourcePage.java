package org.ctockg.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.ctockg.vocab.Hydra;

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
        return of(new Description(focus, description, List.of(), false), hrefs, formats);
    }

    public static ResourcePage of(Description d, Hrefs hrefs, List<Link> formats) {
        Node focus = d.focus();
        Graph description = d.graph();
        Labels labels = new Labels(description);
        List<IncomingGroup> incoming = incoming(d, labels, hrefs);
        String title = labels.of(focus);
        if (d.listing()) {
            // one page of one list: the resource's own statements are on its own page
            String heading = incoming.isEmpty() ? "" : " \u00b7 " + incoming.get(0).label();
            return new ResourcePage(title + heading, focus.getURI(), List.of(), List.of(), incoming,
                    evidence(focus, description, labels, hrefs), formats);
        }
        List<Link> types = description.find(focus, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(t -> link(t.getObject(), labels, hrefs))
                .sorted(Comparator.comparing(Link::label)).toList();
        List<PropertyValues> properties = propertiesOf(focus, description, labels, hrefs, Set.of(RDF.type.asNode(), Hydra.collection));
        return new ResourcePage(title, focus.getURI(), types, properties, incoming,
                evidence(focus, description, labels, hrefs), formats);
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
                .map(e -> new PropertyValues(labels.ofProperty(e.getKey()), hrefs.of(e.getKey()),
                        e.getValue().stream().map(o -> value(o, labels, hrefs))
                                .sorted(Comparator.comparing(Value::text)).toList()))
                .sorted(Comparator.comparing(PropertyValues::label))
                .toList();
    }

    /** The lists of what points to the focus, one per property, each under the property's inverse reading. */
    private static List<IncomingGroup> incoming(Description d, Labels labels, Hrefs hrefs) {
        Graph g = d.graph();
        Node focus = d.focus();
        Map<Node, Paging> paging = paging(g, focus);
        List<IncomingGroup> groups = new ArrayList<>();
        for (IncomingLinks links : d.incoming()) {
            Node property = links.property();
            Set<Node> skip = new HashSet<>(NOT_DETAILS);
            skip.add(property);
            List<IncomingGroup.Pointer> items = links.subjects().stream()
                    .map(s -> new IncomingGroup.Pointer(link(s, labels, hrefs), details(s, property, focus, g, labels, hrefs, skip)))
                    .sorted(Comparator.comparing(p -> p.subject().label()))
                    .toList();
            Paging p = paging.getOrDefault(property, Paging.NONE);
            groups.add(new IncomingGroup(property, labels.inverseOf(property), hrefs.of(property), links.total(), items,
                    links.isPartial() ? links.firstShown() : 0, links.firstShown() + items.size() - 1,
                    hrefs.of(p.collection()), hrefs.of(p.previous()), hrefs.of(p.next())));
        }
        groups.sort(Comparator.comparing(IncomingGroup::label));
        return groups;
    }

    /**
     * What a thing pointing to the focus says besides: its statements but the link itself, and,
     * when it points to a paragraph of the focus rather than to the focus, that paragraph.
     */
    private static List<PropertyValues> details(Node s, Node property, Node focus, Graph g, Labels labels, Hrefs hrefs, Set<Node> skip) {
        List<PropertyValues> out = new ArrayList<>();
        List<Value> parts = g.find(s, property, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> g.contains(o, Ctoc.paragraphOf, focus))
                .map(o -> value(o, labels, hrefs)).sorted(Comparator.comparing(Value::text)).toList();
        if (!parts.isEmpty()) {
            out.add(new PropertyValues(labels.ofProperty(property), hrefs.of(property), parts));
        }
        out.addAll(propertiesOf(s, g, labels, hrefs, skip));
        return out;
    }

    /** Where the pages of each list are, as the description's Hydra collections say. */
    private static Map<Node, Paging> paging(Graph g, Node focus) {
        Map<Node, Paging> out = new HashMap<>();
        for (Triple c : g.find(focus, Hydra.collection, Node.ANY).toList()) {
            Node collection = c.getObject();
            Node view = object(g, collection, Hydra.view);
            for (Triple a : g.find(collection, Hydra.memberAssertion, Node.ANY).toList()) {
                Node property = object(g, a.getObject(), Hydra.property);
                if (property != null) {
                    out.put(property, new Paging(collection, view == null ? null : object(g, view, Hydra.previous),
                            view == null ? null : object(g, view, Hydra.next)));
                }
            }
        }
        return out;
    }

    private static Node object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
    }

    /** A list's collection and the pages before and after the one shown (null when none). */
    private record Paging(Node collection, Node previous, Node next) {
        static final Paging NONE = new Paging(null, null, null);
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
