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
 * from a query file in {@code org/ctockg/web/home/}. Any other path that no servlet serves
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
                sections.add(new HomePage.Section(list.title(), list.description(), entries));
            }
        });
        responses.html(response, HttpServletResponse.SC_OK, "home", new HomePage(sections));
    }
}
