package org.ctockg.web;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.ctockg.web.page.Description;
import org.ctockg.web.page.Hrefs;
import org.ctockg.web.page.ReportPage;
import org.ctockg.web.page.ResourcePage;
import org.ctockg.web.RepresentationCache.Representation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How a known resource is answered, whether a data IRI or an ontology term: negotiate the
 * format, answer 304 when the client's copy is current, else describe the resource and write
 * the description as RDF, as a report's page or as a resource page. With
 * {@code ?incoming=PROPERTY&page=N} the answer is one page of the list of things that point to
 * the resource through that property.
 */
final class DescriptionAnswer {
    private final ResourceDescriber describer;
    private final Responses responses;
    private final Hrefs hrefs;
    private final IncomingCollections collections;
    private final RepresentationCache cache;

    DescriptionAnswer(ResourceDescriber describer, Responses responses, Hrefs hrefs, IncomingCollections collections,
                      RepresentationCache cache) {
        this.describer = describer;
        this.responses = responses;
        this.hrefs = hrefs;
        this.collections = collections;
        this.cache = cache;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, Node node, String path,
                Optional<RdfFormat> fromSuffix) throws IOException {
        String incoming = request.getParameter(IncomingCollections.PARAMETER);
        Optional<Node> property = collections.property(incoming);
        if (incoming != null && property.isEmpty()) {
            response.setHeader("Vary", "Accept");
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "Unknown property '" + incoming + "' in ?"
                    + IncomingCollections.PARAMETER + "=. Name it with a prefix (ctoc:participant) or as a full IRI.");
            return;
        }
        int page = pageNumber(request.getParameter(IncomingCollections.PAGE));
        if (page < 1) {
            response.setHeader("Vary", "Accept");
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "The ?" + IncomingCollections.PAGE
                    + "= parameter is a page number: 1, 2, 3 ...");
            return;
        }
        String representation = property.map(p -> path + collections.query(p, page)).orElse(path);
        Optional<RdfFormat> format = responses.negotiate(request, response, fromSuffix);
        if (format.isEmpty() || responses.notModified(request, response, representation, format.get())) {
            return;
        }
        RdfFormat f = format.get();
        Representation r = cache.get(responses.dataVersion(), representation, f, () -> {
            Description d = property.isPresent() ? describer.listing(node, property.get(), page) : describer.describe(node);
            return pastTheEnd(d) ? null : render(d, f, representation);
        });
        if (r == null) {
            Responses.text(response, HttpServletResponse.SC_NOT_FOUND, "No page " + page + " in the list of "
                    + collections.parameter(property.orElseThrow()) + ": it has fewer things.");
            return;
        }
        responses.write(response, HttpServletResponse.SC_OK, r);
    }

    /** A listing's page beyond the last one (the first page of an empty list is no error). */
    private static boolean pastTheEnd(Description d) {
        return d.listing() && d.incoming().stream().allMatch(l -> l.page() > 1 && l.subjects().isEmpty());
    }

    private Representation render(Description d, RdfFormat format, String representation) {
        if (format.isRdf()) {
            return responses.rdf(d.graph(), format, d.focus());
        }
        if (!d.listing() && ReportPage.isReport(d.graph(), d.focus())) {
            return responses.html("report", ReportPage.of(d, hrefs, Responses.formatLinks(representation))
                    .read(describer.recognised(d.focus())));
        }
        return responses.html("resource", ResourcePage.of(d, hrefs, Responses.formatLinks(representation)));
    }

    /** The page asked for: 1 when none is named, 0 when the value is not a page number. */
    private static int pageNumber(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
