package org.ctockg.web;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ctockg.vocab.Ctoc;
import org.ctockg.vocab.OntologyFiles;
import org.ctockg.web.page.Hrefs;
import org.ctockg.web.page.OntologyPage;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The ontology on the server: {@code /ontology} is the whole vocabulary (RDF, or an HTML list
 * of its classes and properties), {@code /ontology/Term} the description of one term. The
 * namespace ({@value Ctoc#NS}) is meant to redirect here.
 */
final class OntologyServlet extends HttpServlet {
    private final transient Responses responses;
    private final transient Hrefs hrefs;
    private final transient DescriptionAnswer answer;
    private final transient Graph ontology = OntologyFiles.ontology();

    OntologyServlet(DescriptionAnswer answer, Responses responses, Hrefs hrefs) {
        this.responses = responses;
        this.hrefs = hrefs;
        this.answer = answer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String term = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String path = request.getRequestURI();
        if (term.isEmpty()) {
            Optional<RdfFormat> format = responses.negotiate(request, response, Optional.empty());
            if (format.isEmpty()) {
                return;
            }
            if (format.get().isRdf()) {
                responses.rdf(response, ontology, format.get());
            } else {
                responses.html(response, HttpServletResponse.SC_OK, "ontology",
                        OntologyPage.of(ontology, hrefs, Responses.formatLinks(path)));
            }
            return;
        }
        Node node = NodeFactory.createURI(Ctoc.NS + term);
        if (!ontology.contains(node, Node.ANY, Node.ANY)) {
            responses.notFound(request, response, node.getURI());
            return;
        }
        answer.answer(request, response, node, path, Optional.empty());
    }
}
