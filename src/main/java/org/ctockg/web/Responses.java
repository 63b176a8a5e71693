package org.ctockg.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ctockg.rdf.Iris;
import org.ctockg.rdf.Prefixes;
import org.ctockg.vocab.Hydra;
import org.ctockg.web.RepresentationCache.Representation;
import org.ctockg.web.page.Link;
import org.ctockg.web.page.Templates;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writing what the linked-data servlets answer: a graph in the negotiated RDF format, an HTML
 * page, a 404 (an HTML page for browsers) or a 406. Every answer that depends on the Accept
 * header says so with {@code Vary: Accept}.
 */
final class Responses {
    private final Templates templates;
    private final Iris iris;
    private final JsonLdWriter jsonLd;
    // the data changes only when the server restarts, so the start time versions every answer
    private final String dataVersion = Long.toString(System.currentTimeMillis(), 36);

    Responses(Templates templates, Iris iris, JsonLdWriter jsonLd) {
        this.templates = templates;
        this.iris = iris;
        this.jsonLd = jsonLd;
    }

    /** The version of the data every representation is made from. */
    String dataVersion() {
        return dataVersion;
    }

    /**
     * Sets the validators of a representation: an ETag of the data version and the format, links
     * to the other formats; answers 304 and returns true when the client's copy is current.
     */
    boolean notModified(HttpServletRequest request, HttpServletResponse response, String path, RdfFormat format) {
        StringBuilder links = new StringBuilder();
        for (RdfFormat f : RdfFormat.values()) {
            if (f != format) {
                links.append(links.length() == 0 ? "" : ", ").append('<').append(withFormat(path, f))
                        .append(">; rel=\"alternate\"; type=\"").append(f.mediaType()).append('"');
            }
        }
        response.setHeader("Link", links.toString());
        return notModified(request, response, format.suffix());
    }

    /**
     * Sets the ETag of a representation that depends on the data and on {@code variant} (no
     * quotes in it); answers 304 and returns true when the client's copy is current.
     */
    boolean notModified(HttpServletRequest request, HttpServletResponse response, String variant) {
        String etag = "W/\"" + dataVersion + "-" + variant + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        String match = request.getHeader("If-None-Match");
        if (match != null && (match.contains(etag) || match.contains(etag.substring(2)))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    Templates templates() {
        return templates;
    }

    /** The format the request asks for: {@code ?format=}, else the Accept header. Writes 400/406 and returns empty when none fits. */
    Optional<RdfFormat> negotiate(HttpServletRequest request, HttpServletResponse response, Optional<RdfFormat> fromSuffix)
            throws IOException {
        response.addHeader("Vary", "Accept");
        String param = request.getParameter("format");
        Optional<RdfFormat> explicit = fromSuffix;
        if (param != null) {
            explicit = RdfFormat.named(param);
            if (explicit.isEmpty()) {
                text(response, HttpServletResponse.SC_BAD_REQUEST, "Unknown format '" + param + "'. Use one of: ttl, jsonld, rdf, nt, html.");
                return Optional.empty();
            }
        }
        Optional<RdfFormat> chosen = Negotiation.choose(request, explicit);
        if (chosen.isEmpty()) {
            text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. This resource is available as: " + Negotiation.offered());
        }
        return chosen;
    }

    void rdf(HttpServletResponse response, Graph graph, RdfFormat format) throws IOException {
        write(response, HttpServletResponse.SC_OK, rdf(graph, format, null));
    }

    /** A graph in an RDF format; JSON-LD puts the focus (when given) first. */
    Representation rdf(Graph graph, RdfFormat format, Node focus) {
        if (format == RdfFormat.JSONLD) {
            return new Representation(jsonLd.write(graph, focus == null ? NodeFactory.createBlankNode() : focus),
                    format.mediaType() + ";charset=utf-8");
        }
        PrefixMap prefixes = PrefixMapFactory.create();
        Prefixes.applyTo(prefixes, iris);
        prefixes.add("hydra", Hydra.NS);
        Graph withPrefixes = GraphFactory.createDefaultGraph();
        withPrefixes.getPrefixMapping().setNsPrefixes(prefixes.getMappingCopy());
        graph.find().forEachRemaining(withPrefixes::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, withPrefixes, format.lang());
        return new Representation(out.toByteArray(), format.mediaType() + ";charset=utf-8");
    }

    void html(HttpServletResponse response, int status, String template, Object view) throws IOException {
        write(response, status, html(template, view));
    }

    Representation html(String template, Object view) {
        return new Representation(templates.render(template, view).getBytes(StandardCharsets.UTF_8), "text/html;charset=utf-8");
    }

    void write(HttpServletResponse response, int status, Representation representation) throws IOException {
        response.setStatus(status);
        response.setContentType(representation.contentType());
        response.setContentLength(representation.body().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(representation.body());
        }
    }

    /** 404, as a page when the client reads HTML, else one line of text. */
    void notFound(HttpServletRequest request, HttpServletResponse response, String iri) throws IOException {
        response.addHeader("Vary", "Accept");
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            html(response, HttpServletResponse.SC_NOT_FOUND, "not-found", new NotFoundView(iri));
        } else {
            text(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + iri);
        }
    }

    static void text(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /** Links to the other representations of the page's resource. */
    static List<Link> formatLinks(String path) {
        List<Link> links = new ArrayList<>();
        for (RdfFormat f : RdfFormat.values()) {
            if (f.isRdf()) {
                links.add(new Link(f.lang().getLabel(), withFormat(path, f)));
            }
        }
        return links;
    }

    /** The path of a representation with {@code format=} added to its query. */
    static String withFormat(String path, RdfFormat format) {
        return path + (path.contains("?") ? "&" : "?") + "format=" + format.suffix();
    }

    /** What the 404 page prints. */
    record NotFoundView(String iri) {
        public String title() {
            return "Not found";
        }
    }
}
