package org.ctockg.store;

/**
 * What one {@code sync} or {@code load} did, counted in reports: new graphs, graphs replaced
 * because the file (or the extractor) changed, files skipped because nothing changed, graphs
 * dropped because their file is gone, and inputs that could not be read (their stored version,
 * if any, is kept).
 */
public record SyncSummary(int added, int replaced, int unchanged, int removed, int failed) {

    public boolean hasFailures() {
        return failed > 0;
    }

    /** One line for the log. */
    public String toLine() {
        return added + " added, " + replaced + " replaced, " + unchanged + " unchanged, " + removed + " removed, "
                + failed + " failed";
    }
}
