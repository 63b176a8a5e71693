package org.ctockg.web;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.apicatalog.rdf.Rdf;
import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfResource;
import com.apicatalog.rdf.RdfValue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a description as JSON-LD that a plain JSON client can read: compacted with the
 * ontology's context ({@link JsonLdContext}), the described resource first in {@code @graph},
 * then the other nodes in the order of their IRIs. Titanium (Jena's JSON-LD processor) does
 * the conversion and the compaction.
 */
final class JsonLdWriter {
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final JsonDocument context;

    JsonLdWriter(Graph ontology) {
        this.context = JsonDocument.of(JsonLdContext.of(ontology));
    }

    byte[] write(Graph graph, Node focus) {
        RdfDataset dataset = Rdf.createDataset();
        graph.find().forEachRemaining(t -> dataset.add(Rdf.createTriple(resource(t.getSubject()), resource(t.getPredicate()),
                value(t.getObject()))));
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(dataset)).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(focusFirst(expanded, focus)), context).get();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WRITERS.createWriter(out).write(compacted);
            return out.toByteArray();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot write the description of " + focus + " as JSON-LD: " + e.getMessage(), e);
        }
    }

    private static RdfResource resource(Node n) {
        return n.isBlank() ? Rdf.createBlankNode("_:" + n.getBlankNodeLabel()) : Rdf.createIRI(n.getURI());
    }

    private static RdfValue value(Node n) {
        if (!n.isLiteral()) {
            return resource(n);
        }
        String lang = n.getLiteralLanguage();
        return lang.isEmpty() ? Rdf.createTypedString(n.getLiteralLexicalForm(), n.getLiteralDatatypeURI())
                : Rdf.createLangString(n.getLiteralLexicalForm(), lang);
    }

    private static JsonArray focusFirst(JsonArray nodes, Node focus) {
        String id = focus.isURI() ? focus.getURI() : "";
        List<JsonValue> ordered = new ArrayList<>(nodes);
        ordered.sort(Comparator.comparing((JsonValue v) -> !id.equals(idOf(v))).thenComparing(JsonLdWriter::idOf));
        JsonArrayBuilder b = Json.createArrayBuilder();
        ordered.forEach(b::add);
        return b.build();
    }

    private static String idOf(JsonValue v) {
        return v instanceof JsonObject o && o.containsKey("@id") ? o.getString("@id") : "";
    }
}
