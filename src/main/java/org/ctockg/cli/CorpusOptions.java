package org.ctockg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Option;

/** The options every command that reads reports shares: which reports, under which base URI. */
final class CorpusOptions {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");

    @Option(names = "--reports", arity = "1..*", required = true, paramLabel = "PATH",
            description = "report files or folders of reports (.txt, .md)")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--base-uri", paramLabel = "URI", description = "base of the IRIs the data mints (default ${DEFAULT-VALUE})",
            defaultValue = "http://localhost:3030/")
    String baseUri;

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
