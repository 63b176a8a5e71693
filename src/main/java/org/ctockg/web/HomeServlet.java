package org.ctockg.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.ctockg.web.page.Hrefs;
import org.ctockg.web.page.HomePage;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The home page ({@code /}): the reports, meetings, bodies and States in the store, each list
 * from a query file in {@code org/ctockg/web/home/} whose first comment line is the list's
 * heading and whose other comment lines describe it. Any other path that no servlet serves
 * ends here too and gets a 404.
 */
final class HomeServlet extends HttpServlet {
    private final transient DatasetGraph dataset;
    private final transient Responses responses;
    private final transient Hrefs hrefs;
    private final transient List<QueryFile> lists = QueryFile.all("org/ctockg/web/home");
    private final transient List<Query> queries = lists.stream().map(l -> QueryFactory.create(l.text())).toList();

    HomeServlet(DatasetGraph dataset, Responses responses, Hrefs hrefs) {
        this.dataset = dataset;
        this.responses = responses;
        this.hrefs = hrefs;
    }

    /** A list's heading and description: the first comment line of its file, and the other comment lines. */
    private static List<String> heading(QueryFile list) {
        List<String> lines = list.text().lines().takeWhile(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "").strip()).toList();
        return List.of(lines.isEmpty() ? list.name() : lines.get(0),
                lines.size() < 2 ? "" : String.join(" ", lines.subList(1, lines.size())));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!"/".equals(path) && !"/index.html".equals(path)) {
            responses.notFound(request, response, path);
            return;
        }
        List<HomePage.Section> sections = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            for (int i = 0; i < lists.size(); i++) {
                QueryFile list = lists.get(i);
                List<HomePage.Entry> entries = new ArrayList<>();
                RowSet rows = QueryExec.dataset(dataset).query(queries.get(i)).select();
                rows.forEachRemaining(row -> entries.add(new HomePage.Entry(
                        row.get("label") == null ? "" : row.get("label").getLiteralLexicalForm(),
                        hrefs.of(row.get("item")),
                        row.get("note") == null ? "" : row.get("note").getLiteralLexicalForm())));
                List<String> heading = heading(list);
                sections.add(new HomePage.Section(heading.get(0), heading.get(1), entries));
            }
        });
        responses.html(response, HttpServletResponse.SC_OK, "home", new HomePage(sections));
    }
}
