package org.ctockg.web;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.ctockg.web.page.Hrefs;
import org.ctockg.web.page.ReportPage;
import org.ctockg.web.page.ResourcePage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How a known resource is answered, whether a data IRI or an ontology term: negotiate the
 * format, answer 304 when the client's copy is current, else describe the resource and write
 * the description as RDF, as a report's page or as a resource page.
 */
final class DescriptionAnswer {
    private final ResourceDescriber describer;
    private final Responses responses;
    private final Hrefs hrefs;

    DescriptionAnswer(ResourceDescriber describer, Responses responses, Hrefs hrefs) {
        this.describer = describer;
        this.responses = responses;
        this.hrefs = hrefs;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, Node node, String path,
                Optional<RdfFormat> fromSuffix) throws IOException {
        Optional<RdfFormat> format = responses.negotiate(request, response, fromSuffix);
        if (format.isEmpty() || responses.notModified(request, response, path, format.get())) {
            return;
        }
        Graph description = describer.describe(node);
        if (format.get().isRdf()) {
            responses.rdf(response, description, format.get());
        } else if (ReportPage.isReport(description, node)) {
            responses.html(response, HttpServletResponse.SC_OK, "report",
                    ReportPage.of(node, description, hrefs, Responses.formatLinks(path)).read(describer.recognised(node)));
        } else {
            responses.html(response, HttpServletResponse.SC_OK, "resource",
                    ResourcePage.of(node, description, hrefs, Responses.formatLinks(path)));
        }
    }
}
