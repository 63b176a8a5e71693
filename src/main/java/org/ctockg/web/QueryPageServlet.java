package org.ctockg.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The query page ({@code /query}): the YASGUI editor on our endpoint, with every file of {@code queries/} as an example. */
final class QueryPageServlet extends HttpServlet {
    private final transient Responses responses;
    private final transient List<QueryFile> examples = QueryFile.all(CtocServer.QUERIES);

    QueryPageServlet(Responses responses) {
        this.responses = responses;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        responses.html(response, HttpServletResponse.SC_OK, "query", new QueryPage(examples));
    }

    /** What the query page prints. */
    record QueryPage(List<QueryFile> examples) {
        public String title() {
            return "SPARQL query";
        }
    }
}
