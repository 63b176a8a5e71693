package org.ctockg.cli;

import static org.ctockg.cli.CommandOptions.valued;

import java.nio.file.Path;

import org.apache.commons.cli.Options;

/** The database folder that {@code serve} and {@code load} share: {@code --db DIR}. */
final class DatabaseOption {
    private static final Path DEFAULT = Path.of("db");

    private DatabaseOption() {
    }

    static Options addTo(Options options) {
        return options.addOption(valued("db", "DIR", "database folder (default " + DEFAULT + ")"));
    }

    static Path of(Arguments args) {
        return args.path("db", DEFAULT);
    }
}
