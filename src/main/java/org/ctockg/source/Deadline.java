package org.ctockg.source;

import java.time.Duration;

/** The time one report may take to read, so that no input holds the reader for longer. */
public final class Deadline {
    private final Duration limit;
    private final long end;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.end = System.nanoTime() + limit.toNanos();
    }

    public static Deadline after(Duration limit) {
        return new Deadline(limit);
    }

    public boolean passed() {
        return System.nanoTime() - end > 0;
    }

    /** "60 s", for the line that tells the user. */
    public String describe() {
        return limit.toSeconds() + " s";
    }
}
