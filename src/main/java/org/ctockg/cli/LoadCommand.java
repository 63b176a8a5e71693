package org.ctockg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ctockg.reference.ReferenceData;
import org.ctockg.store.DatabaseUnavailableException;
import org.ctockg.store.PersistentCorpus;
import org.ctockg.store.SyncSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Adds or replaces reports in the database folder that {@code serve} serves; other stored reports stay. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Add the given reports to the database (created if missing), replacing changed ones; "
                + "other stored reports stay. Fails if a server has the database open.")
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "db", description = "database folder (default ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--compact", description = "compact the database after loading, whatever its share of garbage "
            + "(otherwise only when the garbage left by replaced and removed reports is a third of the folder or more)")
    boolean compact;

    @Mixin
    CorpusOptions corpus;

    @Override
    public Integer call() {
        // the reference data is loaded only if some report must be read
        try (PersistentCorpus store = PersistentCorpus.open(db, corpus.iris(), ReferenceData::load)) {
            SyncSummary summary = store.load(corpus.reports, CorpusOptions::report);
            if (compact) {
                store.compact();
            } else if (summary.replaced() + summary.removed() > 0) {
                store.compactIfWorthIt();
            }
            return summary.hasFailures() ? 1 : 0;
        } catch (DatabaseUnavailableException e) {
            throw new UserError(e.getMessage());
        }
    }
}
