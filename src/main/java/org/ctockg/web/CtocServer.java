package org.ctockg.web;

import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.metrics.MetricsProvider;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ctockg.query.LibraryQuery;
import org.ctockg.query.QueryLibrary;
import org.ctockg.rdf.Iris;
import org.ctockg.vocab.OntologyFiles;
import org.ctockg.store.ReportChange;
import org.ctockg.web.page.Hrefs;
import org.ctockg.web.page.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Fuseki server and what it serves: SPARQL query only at {@code /ctoc/sparql}
 * (no update, no upload, no Graph Store Protocol), SERVICE refused, a time limit on every
 * query, CORS for reading, {@code /$/ping} and {@code /$/metrics}; and the linked-data side:
 * {@code /id/...}, {@code /ontology/...}, the home and query pages, {@code /.well-known/void}
 * and {@code /dumps/}; the query API over the query library ({@code /api/queries}) and the
 * library as SPARQL examples ({@code /.well-known/sparql-examples}), the dashboard and the Atom
 * feed of reports added, changed and removed ({@code /feed}).
 */
public final class CtocServer implements AutoCloseable {
    public static final String DATASET = "/ctoc";
    /** Memory for rendered descriptions and pages. */
    static final long CACHE_BYTES = 64L << 20;
    /** The query library on the classpath (a copy of {@code queries/}). */
    static final String QUERIES = "ctoc-kg/queries";
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");

    private final FusekiServer fuseki;

    private CtocServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** Starts serving the dataset, with no report history for the feed; its default graph must be the union of its graphs. */
    public static CtocServer start(DatasetGraph dataset, ServerSettings settings) {
        return start(dataset, settings, List::of);
    }

    /**
     * Starts serving the dataset; its default graph must be the union of its graphs. {@code changes}
     * tells the feed what last happened to each report (the store's catalog).
     */
    public static CtocServer start(DatasetGraph dataset, ServerSettings settings, Supplier<List<ReportChange>> changes) {
        ServiceRefusal.applyTo(dataset.getContext());
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        Iris iris = new Iris(settings.base());
        Hrefs hrefs = new Hrefs(settings.base());
        Responses responses = new Responses(new Templates(), iris, new JsonLdWriter(OntologyFiles.ontology()));
        IncomingCollections collections = new IncomingCollections(iris);
        RepresentationCache cache = new RepresentationCache(CACHE_BYTES);
        ResourceDescriber describer = new ResourceDescriber(dataset, collections);
        DescriptionAnswer answer = new DescriptionAnswer(describer, responses, hrefs, collections, cache);
        DataService readOnly = DataService.newBuilder(dataset).addEndpoint(Operation.Query, "sparql").build();
        OntologyServlet ontology = new OntologyServlet(answer, responses, hrefs);
        QueryLibrary library = QueryLibrary.of(ClasspathFolder.read(QUERIES, LibraryQuery.SUFFIX),
                (file, reason) -> LOG.warn("queries/{}: {}; left out of the query API", file, reason));
        QueryApiServlet api = new QueryApiServlet(dataset, library, responses);
        FusekiServer fuseki = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .enablePing(true)
                .enableMetrics(true)
                .enableCors(false)
                .addFilter("/*", new ReadOnlyCors())
                .addFilter(DATASET + "/sparql", new QueryHelpFilter(responses))
                .add(DATASET, readOnly)
                .addServlet("/id/*", new LinkedDataServlet(describer, answer, responses, settings.base()))
                .addServlet("/graph/*", new GraphServlet(dataset, responses, settings.base()))
                .addServlet("/ontology", ontology)
                .addServlet("/ontology/*", ontology)
                .addServlet("/query", new QueryPageServlet(responses, iris))
                .addServlet("/assets/*", new AssetServlet())
                .addServlet("/.well-known/void", new GraphDocumentServlet(new DatasetDescription(dataset, settings.base()), responses, hrefs))
                .addServlet("/" + SparqlExamples.PATH, new GraphDocumentServlet(new SparqlExamples(library, settings.base()), responses, hrefs))
                .addServlet("/dashboard", new DashboardServlet(responses, settings.base()))
                .addServlet("/" + FeedServlet.PATH, new FeedServlet(dataset, changes, responses.templates(), settings.base()))
                .addServlet(QueryApiServlet.PATH, api)
                .addServlet(QueryApiServlet.PATH + "/*", api)
                .addServlet("/dumps/*", new DumpServlet(dataset, library, responses))
                // the home page at "/", and the 404 page for every path nothing else serves
                .addServlet("/*", new HomeServlet(dataset, responses, hrefs))
                .build();
        try {
            fuseki.start();
            cache.monitor(MetricsProvider.getMetricsProvider(fuseki.getServletContext()).getMeterRegistry());
        } catch (RuntimeException e) {
            if (causedBy(e, java.net.BindException.class)) {
                throw new IllegalArgumentException("port " + settings.port() + " is already in use; stop what holds it or choose another with --port");
            }
            throw e;
        }
        return new CtocServer(fuseki);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
