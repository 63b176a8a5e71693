package org.ctockg.web;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ctockg.rdf.BaseIri;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferences the IRIs the data mints ({@code /id/...}): 200 with {@code Vary: Accept}, the
 * representation chosen by {@code ?format=}, a file suffix ({@code .ttl}, {@code .jsonld},
 * {@code .rdf}, {@code .nt}, {@code .html}) or the Accept header; 404 when nothing in the
 * graph names the IRI. A report's page renders its text.
 */
final class LinkedDataServlet extends HttpServlet {
    private final transient ResourceDescriber describer;
    private final transient Responses responses;
    private final transient BaseIri base;
    private final transient DescriptionAnswer answer;

    LinkedDataServlet(ResourceDescriber describer, DescriptionAnswer answer, Responses responses, BaseIri base) {
        this.describer = describer;
        this.responses = responses;
        this.base = base;
        this.answer = answer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        Node node = iri(path);
        Optional<RdfFormat> fromSuffix = Optional.empty();
        if (!describer.isKnown(node)) {
            int dot = path.lastIndexOf('.');
            Optional<RdfFormat> suffix = dot > path.lastIndexOf('/') ? RdfFormat.named(path.substring(dot + 1)) : Optional.empty();
            Node withoutSuffix = suffix.isPresent() ? iri(path.substring(0, dot)) : null;
            if (withoutSuffix == null || !describer.isKnown(withoutSuffix)) {
                responses.notFound(request, response, node.getURI());
                return;
            }
            node = withoutSuffix;
            path = path.substring(0, dot);
            fromSuffix = suffix;
        }
        answer.answer(request, response, node, path, fromSuffix);
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base.value() + (path.startsWith("/") ? path.substring(1) : path));
    }
}
