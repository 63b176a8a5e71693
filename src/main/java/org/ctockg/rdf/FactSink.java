package org.ctockg.rdf;

import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes the facts of one report into a {@link StreamRDF}: tests collect them into a graph,
 * the loader into a store transaction. Small helpers for the shapes of statements we write.
 */
public final class FactSink {
    public static final Node PROV_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    public static final Node RDF_TYPE = RDF.type.asNode();
    public static final Node RDFS_LABEL = RDFS.label.asNode();
    public static final Node SKOS_NOTATION = SKOS.notation.asNode();
    public static final Node DCT_TITLE = DCTerms.title.asNode();
    public static final Node FOAF_NAME = FOAF.name.asNode();

    private final StreamRDF out;

    public FactSink(StreamRDF out) {
        this.out = out;
    }

    public void add(Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }

    public void type(Node s, Node type) {
        add(s, RDF_TYPE, type);
    }

    public void string(Node s, Node p, String value) {
        if (value != null && !value.isEmpty()) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    public void english(Node s, Node p, String value) {
        if (value != null && !value.isEmpty()) {
            add(s, p, NodeFactory.createLiteralLang(value, "en"));
        }
    }

    public void label(Node s, String label) {
        english(s, RDFS_LABEL, label);
    }

    public void integer(Node s, Node p, long value) {
        add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    public void bool(Node s, Node p, boolean value) {
        add(s, p, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    public void date(Node s, Node p, LocalDate value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate));
        }
    }

    /** The fact {@code fact} was read from the text unit {@code evidence}. */
    public void evidence(Node fact, Node evidence) {
        add(fact, PROV_DERIVED_FROM, evidence);
    }
}
