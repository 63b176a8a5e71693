package org.ctockg.web;

import java.io.IOException;
import java.util.Optional;

import org.ctockg.web.page.Hrefs;
import org.ctockg.web.page.ResourcePage;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A document the server writes as one graph, in any RDF format or as a page about its main
 * resource: {@code /.well-known/void} (the dataset description) and
 * {@code /.well-known/sparql-examples} (the query library as SPARQL examples).
 */
final class GraphDocumentServlet extends HttpServlet {
    private final transient GraphDocument document;
    private final transient Responses responses;
    private final transient Hrefs hrefs;

    GraphDocumentServlet(GraphDocument document, Responses responses, Hrefs hrefs) {
        this.document = document;
        this.responses = responses;
        this.hrefs = hrefs;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RdfFormat> format = responses.negotiate(request, response, Optional.empty());
        if (format.isEmpty()) {
            return;
        }
        if (format.get().isRdf()) {
            responses.rdf(response, document.graph(), format.get());
        } else {
            responses.html(response, HttpServletResponse.SC_OK, "resource", ResourcePage.of(document.mainNode(),
                    document.graph(), hrefs, Responses.formatLinks(request.getRequestURI())));
        }
    }
}
