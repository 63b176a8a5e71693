package org.ctockg.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /dumps/}: the whole dataset, every named graph, as gzipped N-Quads, streamed from the
 * store in one read transaction. {@code /dumps/} itself lists the dump.
 */
final class DumpServlet extends HttpServlet {
    private static final String FILE = "ctoc-kg.nq.gz";

    private final transient DatasetGraph dataset;
    private final transient Responses responses;

    DumpServlet(DatasetGraph dataset, Responses responses) {
        this.dataset = dataset;
        this.responses = responses;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (file.isEmpty()) {
            responses.html(response, HttpServletResponse.SC_OK, "dumps", new DumpsView(FILE));
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
    record DumpsView(String file) {
        public String title() {
            return "Dumps";
        }
    }
}
