package org.ctockg.web;

import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ctockg.rdf.Iris;
import org.ctockg.web.page.Hrefs;
import org.ctockg.web.limits.LimitedQueryService;
import org.ctockg.web.limits.QueryGate;
import org.ctockg.web.limits.RequestLimits;
import org.ctockg.web.page.Templates;

/**
 * The embedded Fuseki server and what it serves: SPARQL query only at {@code /ctoc/sparql}
 * (no update, no upload, no Graph Store Protocol), SERVICE refused, a time limit on every
 * query, {@link org.ctockg.web.limits bounds} on what one request may cost, CORS for reading,
 * {@code /$/ping} and {@code /$/metrics}; and the linked-data side:
 * {@code /id/...}, {@code /ontology/...}, the home and query pages, {@code /.well-known/void}
 * and {@code /dumps/}.
 */
public final class CtocServer implements AutoCloseable {
    public static final String DATASET = "/ctoc";

    private final FusekiServer fuseki;
    private final int port;

    private CtocServer(FusekiServer fuseki, int port) {
        this.fuseki = fuseki;
        this.port = port;
    }

    /** Starts serving the dataset; its default graph must be the union of its graphs. */
    public static CtocServer start(DatasetGraph dataset, ServerSettings settings) {
        return build(dataset, settings).start();
    }

    /**
     * Sets the server up without listening yet, so that a caller may do it while the data is
     * being brought in step, and {@link #start} once it is.
     */
    public static CtocServer build(DatasetGraph dataset, ServerSettings settings) {
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        Iris iris = new Iris(settings.base());
        Hrefs hrefs = new Hrefs(settings.base());
        // pages are set up on their first request: the server answers ping without waiting for them
        Supplier<Responses> responses = memo(() -> new Responses(new Templates(), iris));
        Supplier<ResourceDescriber> describer = memo(() -> new ResourceDescriber(dataset));
        Supplier<OntologyServlet> ontology = memo(() -> new OntologyServlet(describer.get(), responses.get(), hrefs));
        DataService readOnly = DataService.newBuilder(dataset).addEndpoint(Operation.Query, "sparql").build();
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
                .enableMetrics(true)
                .enableCors(false)
                .addFilter("/*", new ReadOnlyCors())
                .add(DATASET, readOnly)
                .addServlet("/id/*", lazy(() -> new LinkedDataServlet(describer.get(), responses.get(), settings.base())))
                .addServlet("/graph/*", lazy(() -> new GraphServlet(dataset, responses.get(), settings.base())))
                .addServlet("/ontology", lazy(ontology))
                .addServlet("/ontology/*", lazy(ontology))
                .addServlet("/query", lazy(() -> new QueryPageServlet(responses.get())))
                .addServlet("/assets/*", lazy(AssetServlet::new))
                .addServlet("/.well-known/void", lazy(() -> new VoidServlet(new DatasetDescription(dataset, settings.base()), responses.get(), hrefs)))
                .addServlet("/dumps/*", lazy(() -> new DumpServlet(dataset, responses.get())))
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

    /** Made once, on first use, by whichever thread asks first. */
    private static <T> Supplier<T> memo(Supplier<T> maker) {
        Object[] made = {null};
        return () -> {
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = maker.get();
                }
                @SuppressWarnings("unchecked")
                T t = (T) made[0];
                return t;
            }
        };
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
