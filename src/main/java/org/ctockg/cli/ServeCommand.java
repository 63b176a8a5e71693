package org.ctockg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ctockg.rdf.BaseIri;
import org.ctockg.web.CtocServer;
import org.ctockg.web.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Builds or updates the store from the reports, then serves it over HTTP until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build or update the store from the reports, then serve SPARQL and linked data.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--reports", arity = "1..*", paramLabel = "PATH", defaultValue = "data/reports",
            description = "report files or folders (default ${DEFAULT-VALUE})")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "db", description = "database folder (default ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--base-uri", paramLabel = "URI", description = "base of the IRIs (default http://localhost:PORT/)")
    String baseUri;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "time limit of every query (default ${DEFAULT-VALUE} s)")
    int timeoutSeconds;

    @Option(names = "--listen-all", description = "listen on every network interface, not only on localhost")
    boolean listenAll;

    @Option(names = "--no-watch", description = "do not read reports written, added or deleted while serving (read them at the next start)")
    boolean noWatch;

    @Override
    public Integer call() {
        if (port == 0 && baseUri == null) {
            throw new UserError("--port 0 needs --base-uri: the IRIs must name the port they are served on");
        }
        BaseIri base = new BaseIri(baseUri != null ? baseUri : "http://localhost:" + port + "/");
        ServerSettings settings = new ServerSettings(port, base, Duration.ofSeconds(timeoutSeconds), !listenAll);
        try (Service service = Service.start(db, reports, settings, !noWatch)) {
            Runtime.getRuntime().addShutdownHook(new Thread(service::close));
            LOG.info("ctoc-kg is ready at http://localhost:{}/ (SPARQL endpoint http://localhost:{}{}/sparql)",
                    service.port(), service.port(), CtocServer.DATASET);
            System.out.println("http://localhost:" + service.port() + "/");
            service.join();
        }
        return 0;
    }
}
