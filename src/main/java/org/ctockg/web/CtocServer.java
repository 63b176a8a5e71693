package org.ctockg.web;

import java.util.List;
import java.util.function.Supplier;

import com.google.common.base.Suppliers;

import org.apache.jena.fuseki.main.FusekiServer;
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
import org.ctockg.web.limits.LimitedQueryService;
import org.ctockg.web.limits.QueryGate;
import org.ctockg.web.limits.RequestLimits;
import org.ctockg.web.page.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Fuseki server and what it serves: SPARQL query only at {@code /ctoc/sparql}
 * (no update, no upload, no Graph Store Protocol), SERVICE refused, a time limit on every
 * query, {@link org.ctockg.web.limits bounds} on what one request may cost, CORS for reading,
 * {@code /$/ping} and {@code /$/metrics}; and the linked-data side:
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
    private final int port;

    private CtocServer(FusekiServer fuseki, int port) {
        this.fuseki = fuseki;
        this.port = port;
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
        // data that does not change while served: the start time versions every answer
        String started = Long.toString(System.currentTimeMillis(), 36);
        return build(dataset, settings, changes, () -> started).start();
    }

    /**
     * Sets the server up without listening yet, so that a caller may do it while the data is
     * being brought in step, and {@link #start} once it is. The pages, the query library and
     * the API are made on their first request: the server answers ping without waiting for them.
     * {@code dataVersion} names the data as it is now; cached pages and ETags follow it.
     */
    public static CtocServer build(DatasetGraph dataset, ServerSettings settings, Supplier<List<ReportChange>> changes,
                                   Supplier<String> dataVersion) {
        ServiceRefusal.applyTo(dataset.getContext());
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        Iris iris = new Iris(settings.base());
        Hrefs hrefs = new Hrefs(settings.base());
        // made with the first page or scrape: Caffeine's classes need not delay the start
        Supplier<RepresentationCache> cache = Suppliers.memoize(() -> new RepresentationCache(CACHE_BYTES));
        Supplier<Responses> responses = Suppliers.memoize(() -> new Responses(new Templates(), iris, new JsonLdWriter(OntologyFiles.ontology()), dataVersion));
        IncomingCollections collections = new IncomingCollections(iris);
        Supplier<ResourceDescriber> describer = Suppliers.memoize(() -> new ResourceDescriber(dataset, collections));
        Supplier<DescriptionAnswer> answer = Suppliers.memoize(() -> new DescriptionAnswer(describer.get(), responses.get(), hrefs, collections, cache.get()));
        DataService readOnly = DataService.newBuilder(dataset).addEndpoint(Operation.Query, "sparql").build();
        Supplier<OntologyServlet> ontology = Suppliers.memoize(() -> new OntologyServlet(answer.get(), responses.get(), hrefs));
        Supplier<QueryLibrary> library = Suppliers.memoize(() -> QueryLibrary.of(ClasspathFolder.read(QUERIES, LibraryQuery.SUFFIX),
                (file, reason) -> LOG.warn("queries/{}: {}; left out of the query API", file, reason)));
        Supplier<QueryApiServlet> api = Suppliers.memoize(() -> new QueryApiServlet(dataset, library.get(), responses.get()));
        QueryGate gate = QueryGate.forCores(Runtime.getRuntime().availableProcessors());
        FusekiServer fuseki = FusekiServer.create()
                .port(settings.port())
                // enough threads that the queries the gate lets in leave most of them to pages and ping
                .numServerThreads(8, gate.maxHeld() + 40)
                .registerOperation(Operation.Query, new LimitedQueryService())
                .addFilter("/*", new RequestLimits())
                .addFilter(DATASET + "/sparql", gate)
                .loopback(settings.loopbackOnly())
                .enablePing(true)
                // Fuseki's metrics, set up on the first scrape (LazyMetrics)
                .addServlet("/$/metrics", lazy(() -> new LazyMetrics(cache.get())))
                .enableCors(false)
                .addFilter("/*", new ReadOnlyCors())
                .addFilter(DATASET + "/sparql", new LazyFilter(() -> new QueryHelpFilter(responses.get())))
                .add(DATASET, readOnly)
                .addServlet("/id/*", lazy(() -> new LinkedDataServlet(describer.get(), answer.get(), responses.get(), settings.base())))
                .addServlet("/graph/*", lazy(() -> new GraphServlet(dataset, responses.get(), settings.base())))
                .addServlet("/ontology", lazy(ontology))
                .addServlet("/ontology/*", lazy(ontology))
                .addServlet("/query", lazy(() -> new QueryPageServlet(responses.get(), iris)))
                .addServlet("/assets/*", lazy(AssetServlet::new))
                .addServlet("/.well-known/void", lazy(() -> new GraphDocumentServlet(new DatasetDescription(dataset, settings.base()),
                        responses.get(), hrefs)))
                .addServlet("/" + SparqlExamples.PATH, lazy(() -> new GraphDocumentServlet(new SparqlExamples(library.get(), settings.base()),
                        responses.get(), hrefs)))
                .addServlet("/dashboard", lazy(() -> new DashboardServlet(responses.get(), settings.base())))
                .addServlet("/" + FeedServlet.PATH, lazy(() -> new FeedServlet(dataset, changes, responses.get().templates(), settings.base())))
                .addServlet(QueryApiServlet.PATH, lazy(api))
                .addServlet(QueryApiServlet.PATH + "/*", lazy(api))
                .addServlet("/dumps/*", lazy(() -> new DumpServlet(dataset, library.get(), responses.get())))
                // the home page at "/", and the 404 page for every path nothing else serves
                .addServlet("/*", lazy(() -> new HomeServlet(dataset, responses.get(), hrefs)))
                .build();
        RequestLimits.applyTo(fuseki.getJettyServer());
        return new CtocServer(fuseki, settings.port());
    }

    /** Listens on the port; answers {@code /$/ping} from now on. */
    public CtocServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            if (causedBy(e, java.net.BindException.class)) {
                throw new IllegalArgumentException("port " + port + " is already in use; stop what holds it or choose another with --port");
            }
            throw e;
        }
        return this;
    }

    private static LazyServlet lazy(Supplier<? extends jakarta.servlet.http.HttpServlet> maker) {
        return new LazyServlet(maker);
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
