package org.ctockg.cli;

import static org.ctockg.cli.CommandOptions.flag;

import java.nio.file.Path;

import org.apache.commons.cli.Options;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.DatabaseUnavailableException;
import org.ctockg.store.PersistentCorpus;
import org.ctockg.store.SyncSummary;

/** Adds or replaces reports in the database folder that {@code serve} serves; other stored reports stay. */
final class LoadCommand implements CliCommand {
    @Override
    public Options options() {
        return CorpusOptions.addTo(DatabaseOption.addTo(new Options())
                .addOption(flag("compact", "compact the database after loading, whatever its share of garbage "
                        + "(otherwise only when the garbage left by replaced and removed reports is a third of the folder or more)")));
    }

    @Override
    public int run(Arguments args) {
        Path db = DatabaseOption.of(args);
        boolean compact = args.flag("compact");
        CorpusOptions corpus = CorpusOptions.of(args);
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
