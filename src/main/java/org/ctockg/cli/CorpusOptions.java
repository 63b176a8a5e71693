package org.ctockg.cli;

import static org.ctockg.cli.CommandOptions.repeated;
import static org.ctockg.cli.CommandOptions.required;
import static org.ctockg.cli.CommandOptions.valued;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.cli.Options;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The options every command that reads reports shares: which reports, under which base URI. */
final class CorpusOptions {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");
    private static final String DEFAULT_BASE = "http://localhost:3030/";
    /** The reports this repository carries, which {@code serve} serves and {@code bench-scale} copies by default. */
    static final Path BUNDLED_REPORTS = Path.of("data", "reports");

    final List<Path> reports;
    final String baseUri;

    private CorpusOptions(List<Path> reports, String baseUri) {
        this.reports = reports;
        this.baseUri = baseUri;
    }

    /** Adds {@code --reports} (which must be given) and {@code --base-uri} to a command's options. */
    static Options addTo(Options options) {
        return options
                .addOption(required(repeated("reports", "PATH", "report files or folders of reports (.txt, .md)")))
                .addOption(valued("base-uri", "URI", "base of the IRIs the data mints (default " + DEFAULT_BASE + ")"));
    }

    static CorpusOptions of(Arguments args) {
        return new CorpusOptions(args.paths("reports", List.of()), args.text("base-uri", DEFAULT_BASE));
    }

    Iris iris() {
        return new Iris(new BaseIri(baseUri));
    }

    /** Loads the reports; each problem goes to standard error as one line. */
    InMemoryCorpus.Result load() {
        ReferenceData reference = ReferenceData.load();
        ReportExtractor extractor = new ReportExtractor(iris(), reference);
        return InMemoryCorpus.load(reports, extractor, reference, CorpusOptions::report);
    }

    static void report(Diagnostic d) {
        if (d.isSkip()) {
            LOG.debug(d.toLine()); // what was left out is the check command's business
            return;
        }
        Consumer<String> out = switch (d.severity()) {
            case ERROR -> LOG::error;
            case WARNING -> LOG::warn;
            case INFO -> LOG::info;
        };
        out.accept(d.toLine());
    }
}
