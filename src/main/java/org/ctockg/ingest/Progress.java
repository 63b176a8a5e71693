package org.ctockg.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a long read of reports. On a terminal ({@code System.console()} present) one line on
 * standard error is rewritten at most twice a second with the reports done, the rate and the time
 * left; elsewhere (a log file, a pipe, a test) nothing is printed until {@link #summary}, which the
 * caller logs as one line.
 */
public final class Progress {
    private static final long REDRAW_NANOS = 500_000_000L;

    private final String what;
    private final int total;
    private final PrintStream terminal;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private int done;
    private boolean drawn;

    private Progress(String what, int total, PrintStream terminal) {
        this.what = what;
        this.total = total;
        this.terminal = terminal;
    }

    /** Draws on standard error when it is a terminal and there is enough work to be worth watching. */
    public static Progress of(String what, int total) {
        boolean watch = System.console() != null && total >= 20;
        return new Progress(what, total, watch ? System.err : null);
    }

    /** Prints nothing: for callers that report on their own. */
    public static Progress silent(String what, int total) {
        return new Progress(what, total, null);
    }

    public void step() {
        done++;
        if (terminal != null) {
            long now = System.nanoTime();
            if (now - lastDrawn >= REDRAW_NANOS || done == total) {
                lastDrawn = now;
                terminal.print("\r" + line(now) + "   ");
                terminal.flush();
                drawn = true;
            }
        }
    }

    /** Ends the drawn line; returns the summary: reports, time and rate. */
    public String summary() {
        if (drawn) {
            terminal.println();
        }
        double seconds = seconds(System.nanoTime());
        return String.format(Locale.ROOT, "%d reports in %s (%.1f reports/s)", done, duration(seconds), rate(seconds));
    }

    public int done() {
        return done;
    }

    String line(long now) {
        double seconds = seconds(now);
        double rate = rate(seconds);
        String left = rate > 0 && done < total ? ", " + duration((total - done) / rate) + " left" : "";
        return String.format(Locale.ROOT, "%s: %,d/%,d reports, %.1f reports/s%s", what, done, total, rate, left);
    }

    private double seconds(long now) {
        return (now - start) / 1e9;
    }

    private double rate(double seconds) {
        return seconds > 0 ? done / seconds : 0;
    }

    static String duration(double seconds) {
        Duration d = Duration.ofMillis(Math.round(seconds * 1000));
        if (d.toMinutes() >= 60) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        if (d.toSeconds() >= 60) {
            return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
