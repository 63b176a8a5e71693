package org.ctockg.cli;

import static org.ctockg.cli.CommandOptions.flag;
import static org.ctockg.cli.CommandOptions.repeated;
import static org.ctockg.cli.CommandOptions.valued;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.commons.cli.Options;
import org.ctockg.rdf.BaseIri;
import org.ctockg.web.CtocServer;
import org.ctockg.web.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds or updates the store from the reports, then serves it over HTTP until stopped. */
final class ServeCommand implements CliCommand {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");
    private static final int DEFAULT_PORT = 3030;
    private static final int DEFAULT_TIMEOUT = 30;

    @Override
    public Options options() {
        return DatabaseOption.addTo(new Options()
                .addOption(valued("port", "PORT", "HTTP port (default " + DEFAULT_PORT + "; 0 picks a free one)"))
                .addOption(repeated("reports", "PATH", "report files or folders (default " + CorpusOptions.BUNDLED_REPORTS + ")")))
                .addOption(valued("base-uri", "URI", "base of the IRIs (default http://localhost:PORT/)"))
                .addOption(valued("timeout", "SECONDS", "time limit of every query (default " + DEFAULT_TIMEOUT + " s)"))
                .addOption(flag("listen-all", "listen on every network interface, not only on localhost"))
                .addOption(flag("no-watch", "do not read reports written, added or deleted while serving (read them at the next start)"));
    }

    @Override
    public int run(Arguments args) {
        int port = args.whole("port", DEFAULT_PORT);
        List<Path> reports = args.paths("reports", List.of(CorpusOptions.BUNDLED_REPORTS));
        Path db = DatabaseOption.of(args);
        String baseUri = args.text("base-uri", null);
        int timeoutSeconds = args.whole("timeout", DEFAULT_TIMEOUT);
        boolean listenAll = args.flag("listen-all");
        boolean noWatch = args.flag("no-watch");
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
