package org.ctockg.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.ctockg.store.TextSearch;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real server over the bundled seed reports, started on a free port the first time a test
 * class asks for it (a {@link Running} parameter of its {@code @BeforeAll}) and shared by every
 * class of the run; it stops when the run ends.
 */
public final class SeedServer implements ParameterResolver {

    /** The running server: its HTTP client and its base URI. */
    public record Running(CtocServer server, Http http, String base) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SeedServer.class))
                .getOrComputeIfAbsent(Running.class, k -> start(), Running.class);
    }

    private static Running start() {
        int port = Http.freePort();
        BaseIri base = new BaseIri("http://localhost:" + port + "/");
        ReferenceData reference = ReferenceData.load();
        InMemoryCorpus.Result loaded = InMemoryCorpus.load(List.of(Path.of("data/reports")),
                new ReportExtractor(new Iris(base), reference), reference, d -> { });
        DatasetGraph dataset = TextSearch.inMemory(loaded.dataset().asDatasetGraph()).dataset();
        CtocServer server = CtocServer.start(dataset, new ServerSettings(port, base, Duration.ofSeconds(30), true));
        return new Running(server, new Http(server.port()), base.value());
    }
}
