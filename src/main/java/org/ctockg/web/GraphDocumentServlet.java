package org.ctockg.web;

import java.io.IOException;
import java.util.Optional;

import org.ctockg.web.page.Hrefs;
import org.ctockg.web.page.ResourcePage;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /.well-known/void}: the dataset description, in any RDF format or as a page. */
final class VoidServlet extends HttpServlet {
    private final transient DatasetDescription description;
    private final transient Responses responses;
    private final transient Hrefs hrefs;

    VoidServlet(DatasetDescription description, Responses responses, Hrefs hrefs) {
        this.description = description;
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
            responses.rdf(response, description.graph(), format.get());
        } else {
            responses.html(response, HttpServletResponse.SC_OK, "resource", ResourcePage.of(description.datasetNode(),
                    description.graph(), hrefs, Responses.formatLinks(request.getRequestURI())));
        }
    }
}
