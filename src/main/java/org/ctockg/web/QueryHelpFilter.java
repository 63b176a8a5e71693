package org.ctockg.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /ctoc/sparql} without a query: instead of Fuseki's bare service description, a
 * 400 that shows how to ask one (a page for browsers, text for other clients). Requests that
 * carry a query go on to the endpoint untouched.
 */
final class QueryHelpFilter implements Filter {
    private final Responses responses;

    QueryHelpFilter(Responses responses) {
        this.responses = responses;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        if (("GET".equals(method) || "HEAD".equals(method)) && request.getParameter("query") == null) {
            String endpoint = request.getRequestURL().toString();
            response.addHeader("Vary", "Accept");
            String accept = request.getHeader("Accept");
            if (accept != null && accept.contains("text/html")) {
                responses.html(response, HttpServletResponse.SC_BAD_REQUEST, "sparql-help", new Help(endpoint));
            } else {
                Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, new Help(endpoint).text());
            }
            return;
        }
        chain.doFilter(req, res);
    }

    /** What the help says, with the endpoint's own address in its examples. */
    record Help(String endpoint) {
        public String title() {
            return "How to query the SPARQL endpoint";
        }

        public String example() {
            return "curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?meeting ?label WHERE { ?meeting a "
                    + "<https://w3id.org/ctoc-kg/ontology/Meeting> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }' "
                    + endpoint;
        }

        String text() {
            return "No query. This is a SPARQL 1.1 query endpoint; send a query:\n"
                    + "  GET  " + endpoint + "?query=...  (the query URL-encoded)\n"
                    + "  POST " + endpoint + "  with the form field query=..., or the query as the body (Content-Type: application/sparql-query)\n"
                    + "Results by the Accept header: application/sparql-results+json, application/sparql-results+xml, text/csv, "
                    + "text/tab-separated-values; CONSTRUCT and DESCRIBE as text/turtle, application/ld+json and more.\n"
                    + "For example:\n  " + example() + "\n"
                    + "Example queries are on the query page (/query), the vocabulary at /ontology.";
        }
    }
}
