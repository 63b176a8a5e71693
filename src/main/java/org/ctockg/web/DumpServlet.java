package org.ctockg.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.ctockg.query.LibraryQuery;
import org.ctockg.query.QueryLibrary;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /dumps/}: the whole dataset, every named graph, as gzipped N-Quads, streamed from the
 * store in one read transaction; and the rows of every query of the library as CSV
 * ({@code /dumps/NAME.csv}), for a spreadsheet rather than a graph. {@code /dumps/} itself lists them.
 */
final class DumpServlet extends HttpServlet {
    private static final String FILE = "ctoc-kg.nq.gz";

    private static final String CSV = ".csv";

    private final transient DatasetGraph dataset;
    private final transient QueryLibrary library;
    private final transient Responses responses;

    DumpServlet(DatasetGraph dataset, QueryLibrary library, Responses responses) {
        this.dataset = dataset;
        this.library = library;
        this.responses = responses;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (file.isEmpty()) {
            List<QueryDump> queries = library.all().stream().map(q -> new QueryDump(q.name() + CSV, q.title())).toList();
            responses.html(response, HttpServletResponse.SC_OK, "dumps", new DumpsView(FILE, queries));
            return;
        }
        Optional<LibraryQuery> query = file.endsWith(CSV) ? library.find(file.substring(0, file.length() - CSV.length())) : Optional.empty();
        if (query.isPresent()) {
            RowSetRewindable rows = query.get().select(dataset, Map.of());
            response.setContentType("text/csv;charset=utf-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
            try (OutputStream out = response.getOutputStream()) {
                ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, rows);
            }
            return;
        }
        if (!FILE.equals(file)) {
            responses.notFound(request, response, request.getRequestURI());
            return;
        }
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + FILE + "\"");
        try (OutputStream out = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
            // the named graphs only: the store's own default graph holds its catalog, not data
            Txn.executeRead(dataset, () -> {
                StreamRDF quads = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                quads.start();
                dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::quad);
                quads.finish();
            });
        }
    }

    /** What the list of dumps prints. */
    record DumpsView(String file, List<QueryDump> queries) {
        public String title() {
            return "Dumps";
        }
    }

    /** The CSV of one query and the question it answers. */
    record QueryDump(String file, String question) {
    }
}
