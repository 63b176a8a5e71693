package org.ctockg.rdf;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints every IRI of the data: readable, deterministic, the same on every run, under one base.
 * The layout (documented in README) is {@code id/<kind>/...} for things and {@code graph/...}
 * for the named graphs.
 */
public final class Iris {
    private final BaseIri base;

    public Iris(BaseIri base) {
        this.base = base;
    }

    public BaseIri base() {
        return base;
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base.resolve(path));
    }

    public Node reportGraph(String reportId) {
        return iri("graph/report/" + reportId);
    }

    public Node ontologyGraph() {
        return iri("graph/ontology");
    }

    public Node referenceGraph() {
        return iri("graph/reference");
    }

    public Node report(String reportId) {
        return iri("id/report/" + reportId);
    }

    /** Something that exists only inside one report: a paragraph, a participation, a statement. */
    public Node inReport(String reportId, String path) {
        return iri("id/report/" + reportId + "/" + path);
    }

    public Node state(String alpha3) {
        return iri("id/state/" + alpha3.toUpperCase(Locale.ROOT));
    }

    public Node organization(String slug) {
        return iri("id/organization/" + slug);
    }

    public Node body(String slug) {
        return iri("id/body/" + slug);
    }

    /** A session of a conference: {@code id/cop/session/6}. */
    public Node session(String conferencePath, int number) {
        return iri("id/" + conferencePath + "/session/" + number);
    }

    /** A decision or resolution: {@code id/cop/resolution/8/4}, {@code id/ga/resolution/55/25}. */
    public Node act(String conferencePath, String kind, String session, String number) {
        return iri("id/" + conferencePath + "/" + kind + "/" + session + "/" + number);
    }

    public Node meeting(String bodySlug, String startDate) {
        return iri("id/meeting/" + bodySlug + "/" + startDate);
    }

    public Node person(String name) {
        return iri("id/person/" + slug(name));
    }

    public Node instrument(String code) {
        return iri("id/" + code);
    }

    public Node article(String instrumentCode, String article) {
        return iri("id/" + instrumentCode + "/article/" + article);
    }

    public Node articleParagraph(String instrumentCode, String article, String paragraph) {
        return iri("id/" + instrumentCode + "/article/" + article + "/paragraph/" + paragraph);
    }

    /** A UN document by its symbol, slashes kept: {@code id/document/CTOC/COP/WG.2/2016/1}. */
    public Node document(String symbol) {
        return iri("id/document/" + pathSafe(symbol));
    }

    /** Lower case, accents dropped, every run of other characters one hyphen. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** Keeps the characters an IRI path may hold as they are, percent-encodes the rest. */
    static String pathSafe(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '/' || c == '.' || c == '-' || c == '_' || c == '(' || c == ')') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
