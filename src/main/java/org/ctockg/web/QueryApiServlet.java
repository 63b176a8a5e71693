package org.ctockg.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.ctockg.query.LibraryQuery;
import org.ctockg.query.ParameterException;
import org.ctockg.query.QueryLibrary;
import org.ctockg.query.QueryParameter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The query API: {@code GET /api/queries} lists the query library (name, question, parameters,
 * columns); {@code GET /api/queries/{name}?param=value} runs one query with its parameters bound
 * as typed RDF terms and answers its rows as SPARQL JSON, CSV or TSV. Answers carry an ETag (data
 * version, query, parameters, format), so a conditional GET gets 304; errors are
 * {@code application/problem+json} naming the parameter at fault.
 */
final class QueryApiServlet extends HttpServlet {
    static final String PATH = "/api/queries";
    private static final String FORMAT = "format";

    private final transient DatasetGraph dataset;
    private final transient QueryLibrary library;
    private final transient Responses responses;
    private final transient byte[] catalogue;

    QueryApiServlet(DatasetGraph dataset, QueryLibrary library, Responses responses) {
        this.dataset = dataset;
        this.library = library;
        this.responses = responses;
        this.catalogue = (catalogue(library) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String instance = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (path.isEmpty()) {
            if (!responses.notModified(request, response, "catalogue")) {
                write(response, "application/json", catalogue);
            }
            return;
        }
        Optional<LibraryQuery> query = library.find(path);
        if (query.isEmpty()) {
            Problem.notFound("There is no query named '" + path + "'; GET " + PATH + " lists them.").write(response, instance);
            return;
        }
        response.addHeader("Vary", "Accept");
        Optional<ResultFormat> format = format(request, response, instance);
        if (format.isEmpty()) {
            return;
        }
        Map<Var, Node> parameters;
        try {
            parameters = query.get().bind(given(request));
        } catch (ParameterException e) {
            Problem.badParameter(e.parameter(), "Parameter '" + e.parameter() + "': " + e.reason() + ".").write(response, instance);
            return;
        }
        if (responses.notModified(request, response, version(query.get(), parameters, format.get()))) {
            return;
        }
        RowSetRewindable rows;
        try {
            rows = query.get().select(dataset, parameters);
        } catch (QueryCancelledException e) {
            new Problem(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Time limit", "Query '" + query.get().name()
                    + "' ran longer than the server's time limit and was stopped.", null).write(response, instance);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(format.get().lang()).write(out, rows);
        write(response, format.get().contentType(), out.toByteArray());
    }

    /** {@code ?format=} when given (400 when unknown), else the Accept header (406 when it accepts none). */
    private static Optional<ResultFormat> format(HttpServletRequest request, HttpServletResponse response, String instance)
            throws IOException {
        String[] asked = request.getParameterValues(FORMAT);
        if (asked != null) {
            Optional<ResultFormat> named = asked.length == 1 ? ResultFormat.named(asked[0]) : Optional.empty();
            if (named.isEmpty()) {
                Problem.badParameter(FORMAT, "Parameter 'format' must be given once, as json, csv or tsv.").write(response, instance);
            }
            return named;
        }
        Optional<ResultFormat> accepted = ResultFormat.accepted(request.getHeader("Accept"));
        if (accepted.isEmpty()) {
            new Problem(HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable", "Rows are served as "
                    + "application/sparql-results+json, text/csv or text/tab-separated-values.", null).write(response, instance);
        }
        return accepted;
    }

    /** The URL's parameters other than {@code format}, each with its values. */
    private static Map<String, List<String>> given(HttpServletRequest request) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!FORMAT.equals(name)) {
                out.put(name, Arrays.asList(values));
            }
        });
        return out;
    }

    /** What an answer depends on besides the data: the query, the bound terms, the format. */
    private static String version(LibraryQuery query, Map<Var, Node> parameters, ResultFormat format) {
        StringBuilder s = new StringBuilder(query.name()).append('|').append(format.label());
        parameters.forEach((var, node) -> s.append('|').append(var.getVarName()).append('=').append(FmtUtils.stringForNode(node)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12) + "-" + format.label();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    private static String catalogue(QueryLibrary library) {
        JsonArray queries = new JsonArray();
        for (LibraryQuery q : library.all()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("question", q.title());
            o.put("description", q.description());
            JsonArray parameters = new JsonArray();
            for (QueryParameter p : q.parameters()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("type", p.type().label());
                po.put("example", p.example());
                po.put("description", p.description());
                parameters.add(po);
            }
            o.put("parameters", parameters);
            JsonArray columns = new JsonArray();
            q.columns().forEach(columns::add);
            o.put("columns", columns);
            o.put("href", PATH + "/" + q.name());
            o.put("sparql", q.text());
            queries.add(o);
        }
        JsonObject root = new JsonObject();
        root.put("queries", queries);
        return root.toString();
    }
}
