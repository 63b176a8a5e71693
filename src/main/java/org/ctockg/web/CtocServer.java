package org.ctockg.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.metrics.MetricsProvider;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ctockg.rdf.Iris;
import org.ctockg.vocab.OntologyFiles;
import org.ctockg.web.page.Hrefs;
import org.ctockg.web.page.Templates;

/**
 * The embedded Fuseki server and what it serves: SPARQL query only at {@code /ctoc/sparql}
 * (no update, no upload, no Graph Store Protocol), SERVICE refused, a time limit on every
 * query, CORS for reading, {@code /$/ping} and {@code /$/metrics}; and the linked-data side:
 * {@code /id/...}, {@code /ontology/...}, the home and query pages, {@code /.well-known/void}
 * and {@code /dumps/}.
 */
public final class CtocServer implements AutoCloseable {
    public static final String DATASET = "/ctoc";
    /** Memory for rendered descriptions and pages. */
    static final long CACHE_BYTES = 64L << 20;

    private final FusekiServer fuseki;

    private CtocServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** Starts serving the dataset; its default graph must be the union of its graphs. */
    public static CtocServer start(DatasetGraph dataset, ServerSettings settings) {
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
                .addServlet("/.well-known/void", new VoidServlet(new DatasetDescription(dataset, settings.base()), responses, hrefs))
                .addServlet("/dumps/*", new DumpServlet(dataset, responses))
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
