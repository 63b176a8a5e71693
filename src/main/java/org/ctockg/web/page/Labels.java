package org.ctockg.web.page;

import java.util.Comparator;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ctockg.vocab.Ctoc;

/** The label a page shows for a node: its rdfs:label (English first), skos:prefLabel, else the IRI's last segments. */
final class Labels {
    private final Graph graph;

    Labels(Graph graph) {
        this.graph = graph;
    }

    String of(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return find(node, RDFS.label.asNode())
                .or(() -> find(node, SKOS.prefLabel.asNode()))
                .orElseGet(() -> fallback(node));
    }

    /** A property's label; without one, its local name in words ("title" for dcterms:title, "alt label" for skos:altLabel). */
    String ofProperty(Node property) {
        return find(property, RDFS.label.asNode()).orElseGet(() -> localName(property));
    }

    /**
     * How a property reads from its object, the heading of the things that point to a resource
     * through it: its {@code ctoc:inverseLabel} ("cited by" for "cites article"), else "is ... of".
     */
    String inverseOf(Node property) {
        return find(property, Ctoc.inverseLabel).orElseGet(() -> "is " + ofProperty(property) + " of");
    }

    private Optional<String> find(Node node, Node predicate) {
        return graph.find(node, predicate, Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .min(Comparator.comparing((Node o) -> !"en".equals(o.getLiteralLanguage()))
                        .thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm);
    }

    /** The last segment of an IRI, camel case split into words. */
    static String localName(Node node) {
        if (!node.isURI()) {
            return fallback(node);
        }
        String iri = node.getURI().replaceAll("[/#]+$", "");
        String local = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return local.isEmpty() ? iri : local.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    static String fallback(Node node) {
        if (!node.isURI()) {
            return node.isBlank() ? "(unnamed)" : node.toString();
        }
        String iri = node.getURI();
        int hash = iri.lastIndexOf('#');
        if (hash >= 0 && hash < iri.length() - 1) {
            return iri.substring(hash + 1);
        }
        String[] parts = iri.replaceAll("/+$", "").split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : iri;
    }
}
