package org.ctockg.ingest;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a watch saw change among the reports: the report files written, added, renamed or deleted
 * (absolute paths), or {@link #everything} when it cannot tell (events were lost, a watched
 * folder went away), so that the whole folder must be looked at.
 */
public record ChangedReports(Set<Path> files, boolean everything) {
    public ChangedReports {
        files = Set.copyOf(files);
    }

    /** Some report files, and nothing else. */
    public static ChangedReports of(Set<Path> files) {
        return new ChangedReports(files, false);
    }

    /** Collects the changes of one quiet period. */
    static final class Builder {
        private final Set<Path> files = new LinkedHashSet<>();
        private boolean everything;

        void file(Path file) {
            files.add(file);
        }

        void everything() {
            everything = true;
        }

        boolean isEmpty() {
            return files.isEmpty() && !everything;
        }

        ChangedReports build() {
            return new ChangedReports(everything ? Set.of() : files, everything);
        }
    }
}
