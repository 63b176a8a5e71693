package org.ctockg.web;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ctockg.vocab.Ctoc;
import org.ctockg.vocab.Hydra;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The JSON-LD context of the descriptions, made from the ontology: each class and property it
 * declares (its own and the external ones the data uses) becomes a plain JSON key named by its
 * local name ({@code "participant"}, {@code "startDate"}, {@code "title"}); links are strings
 * holding full IRIs, labels English strings, dates, numbers and booleans strings of the range's type.
 * Only Hydra keeps a prefix. No {@code @base} and no prefix for the data's IRIs, so every
 * {@code @id} is a full IRI.
 */
final class JsonLdContext {
    private static final String LANGUAGE = "en";

    private JsonLdContext() {
    }

    /** The context document, {@code {"@context": {...}}}. */
    static JsonObject of(Graph ontology) {
        Map<String, JsonObject> terms = new TreeMap<>();
        Map<String, String> classes = new TreeMap<>();
        define(terms, RDFS.label.asNode(), language());
        define(terms, RDFS.comment.asNode(), language());
        for (Triple t : ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList()) {
            Node term = t.getSubject();
            Node kind = t.getObject();
            if (!term.isURI() || isIndividual(term)) {
                continue;
            }
            if (kind.equals(OWL2.Class.asNode())) {
                classes.putIfAbsent(localName(term), term.getURI());
            } else if (kind.equals(OWL2.ObjectProperty.asNode())) {
                define(terms, term, Json.createObjectBuilder().add("@type", "@id"));
            } else if (kind.equals(OWL2.DatatypeProperty.asNode())) {
                Node range = ontology.find(term, RDFS.range.asNode(), Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
                JsonObjectBuilder b = Json.createObjectBuilder();
                if (range != null && range.isURI() && !range.getURI().equals(XSDDatatype.XSDstring.getURI())) {
                    b.add("@type", range.getURI());
                }
                define(terms, term, b);
            } else if (kind.equals(OWL2.AnnotationProperty.asNode())) {
                // annotations in the data are English text (titles, alternative names), the licence a link
                define(terms, term, term.getLocalName().equals("license") ? Json.createObjectBuilder().add("@type", "@id") : language());
            }
        }
        JsonObjectBuilder context = Json.createObjectBuilder().add("hydra", Hydra.NS);
        classes.forEach((name, iri) -> {
            if (!terms.containsKey(name)) {
                context.add(name, iri);
            }
        });
        terms.forEach(context::add);
        return Json.createObjectBuilder().add("@context", context).build();
    }

    private static JsonObjectBuilder language() {
        return Json.createObjectBuilder().add("@language", LANGUAGE);
    }

    /** Adds a term unless its name is taken: the first declaration keeps a name, ctoc's before others. */
    private static void define(Map<String, JsonObject> terms, Node property, JsonObjectBuilder definition) {
        String name = localName(property);
        JsonObject def = definition.add("@id", property.getURI()).build();
        JsonObject earlier = terms.get(name);
        if (earlier == null || !earlier.getString("@id").startsWith(Ctoc.NS) && property.getURI().startsWith(Ctoc.NS)) {
            terms.put(name, def);
        }
    }

    /** A concept such as {@code ctoc:role/party}: a value, not a term of the vocabulary. */
    private static boolean isIndividual(Node term) {
        return term.getURI().startsWith(Ctoc.NS) && term.getURI().substring(Ctoc.NS.length()).contains("/");
    }

    private static String localName(Node term) {
        String iri = term.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
