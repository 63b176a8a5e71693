package org.ctockg.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ctockg.vocab.Ctoc;

/** The page of the whole vocabulary: its classes, properties and concepts, each with its comment. */
public final class OntologyPage {
    public final String title = "The ctoc-kg ontology";
    public final String namespace = Ctoc.NS;
    public final List<Section> sections;
    public final List<Link> formats;

    private OntologyPage(List<Section> sections, List<Link> formats) {
        this.sections = sections;
        this.formats = formats;
    }

    public boolean hasFormats() {
        return !formats.isEmpty();
    }

    /** One kind of term and its terms. */
    public record Section(String title, List<Term> terms) {
    }

    /** A term: its label, page and comment. */
    public record Term(String label, String href, String comment) {
    }

    public static OntologyPage of(Graph ontology, Hrefs hrefs, List<Link> formats) {
        Labels labels = new Labels(ontology);
        List<Section> sections = new ArrayList<>();
        sections.add(section("Classes", OWL.Class.asNode(), ontology, labels, hrefs));
        sections.add(section("Object properties", OWL.ObjectProperty.asNode(), ontology, labels, hrefs));
        sections.add(section("Datatype properties", OWL.DatatypeProperty.asNode(), ontology, labels, hrefs));
        sections.add(section("Concepts (roles, kinds of mandate)", SKOS.Concept.asNode(), ontology, labels, hrefs));
        return new OntologyPage(sections.stream().filter(s -> !s.terms().isEmpty()).toList(), formats);
    }

    private static Section section(String title, Node type, Graph g, Labels labels, Hrefs hrefs) {
        List<Term> terms = g.find(Node.ANY, RDF.type.asNode(), type).toList().stream()
                .map(Triple::getSubject)
                .filter(n -> n.isURI() && n.getURI().startsWith(Ctoc.NS))
                .map(n -> new Term(labels.of(n), hrefs.of(n), comment(g, n)))
                .sorted(Comparator.comparing(Term::label))
                .toList();
        return new Section(title, terms);
    }

    private static String comment(Graph g, Node n) {
        return g.find(n, RDFS.comment.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse("");
    }
}
