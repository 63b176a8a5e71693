package org.ctockg.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.ctockg.rdf.BaseIri;
import org.ctockg.store.ReportChange;
import org.ctockg.web.page.Templates;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /feed}: an Atom feed of the reports added, changed and removed, from the store's
 * catalog, newest first, each entry dated and linked to the report's page, so clients learn
 * what is new without polling SPARQL.
 */
final class FeedServlet extends HttpServlet {
    static final String PATH = "feed";

    private final transient DatasetGraph dataset;
    private final transient Supplier<List<ReportChange>> changes;
    private final transient Templates templates;
    private final transient BaseIri base;
    private final transient Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    FeedServlet(DatasetGraph dataset, Supplier<List<ReportChange>> changes, Templates templates, BaseIri base) {
        this.dataset = dataset;
        this.changes = changes;
        this.templates = templates;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            for (ReportChange c : changes.get()) {
                entries.add(entry(c));
            }
        });
        String updated = entries.isEmpty() ? started.toString() : entries.get(0).updated();
        byte[] body = templates.render("feed", new Feed(base.resolve(PATH), base.value(), updated, entries))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/atom+xml;charset=utf-8");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    private Entry entry(ReportChange c) {
        String when = (c.when() == null ? started : c.when()).truncatedTo(ChronoUnit.MILLIS).toString();
        String kind = c.kind().name().toLowerCase(Locale.ROOT);
        boolean gone = c.kind() == ReportChange.Kind.REMOVED;
        String title = gone ? c.sourceFile() : label(c.report()).orElse(c.sourceFile());
        String summary = switch (c.kind()) {
            case ADDED -> "Report " + c.sourceFile() + " was added to the store on " + when + ".";
            case CHANGED -> "Report " + c.sourceFile() + " was read again on " + when + " and its graph replaced"
                    + (c.firstSeen() == null ? "." : " (first added on " + c.firstSeen().truncatedTo(ChronoUnit.MILLIS) + ").");
            case REMOVED -> "Report " + c.sourceFile() + " was removed from the store on " + when + "; its IRIs no longer dereference.";
        };
        return new Entry(c.report().getURI() + "#" + kind + "-" + when, capitalised(kind) + ": " + title, when,
                c.firstSeen() == null ? null : c.firstSeen().truncatedTo(ChronoUnit.MILLIS).toString(),
                gone ? null : c.report().getURI(), kind, capitalised(kind), summary);
    }

    private Optional<String> label(Node report) {
        Iterator<Quad> it = dataset.find(Node.ANY, report, RDFS.label.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                return Optional.of(o.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What the feed prints. */
    record Feed(String self, String home, String updated, List<Entry> entries) {
    }

    /** One entry: a report and what last happened to it. */
    record Entry(String id, String title, String updated, String published, String link, String kind, String kindLabel, String summary) {
    }
}
