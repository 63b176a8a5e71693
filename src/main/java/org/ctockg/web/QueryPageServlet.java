package org.ctockg.web;

import java.io.IOException;
import java.util.List;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.ctockg.rdf.Iris;
import org.ctockg.rdf.Prefixes;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The query page ({@code /query}): the YASGUI editor on our endpoint, with every file of
 * {@code queries/} as an example, completing this server's prefixes and ontology terms.
 */
final class QueryPageServlet extends HttpServlet {
    private final transient Responses responses;
    private final transient List<QueryFile> examples = QueryFile.all(CtocServer.QUERIES);
    private final transient String prefixes;
    private final transient String completion = QueryFile.text("org/ctockg/web/completions.rq");

    QueryPageServlet(Responses responses, Iris iris) {
        this.responses = responses;
        PrefixMap map = PrefixMapFactory.create();
        Prefixes.applyTo(map, iris);
        JsonObjectBuilder json = Json.createObjectBuilder();
        map.forEach(json::add);
        this.prefixes = json.build().toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        responses.html(response, HttpServletResponse.SC_OK, "query", new QueryPage(examples, prefixes, completion));
    }

    /** What the query page prints: the examples, and what the editor completes (prefixes as JSON, the query listing the ontology's terms). */
    record QueryPage(List<QueryFile> examples, String prefixes, String completion) {
        public String title() {
            return "SPARQL query";
        }
    }
}
