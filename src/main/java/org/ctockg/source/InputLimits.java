package org.ctockg.source;

import java.time.Duration;

/**
 * The largest report read. Beyond one of these a file is refused with one line, never half read;
 * within them its reading is bounded in memory and time. The defaults are far above the longest
 * meeting report of these bodies (a few hundred pages, paragraphs and footnotes).
 *
 * @param maxPdfBytes size of a PDF file
 * @param maxTextBytes size of a text or HTML file
 * @param maxChars characters of text, whatever the format
 * @param maxPages pages of a PDF file
 * @param maxFootnotes footnotes
 * @param maxUnits text units of every kind (paragraphs, subparagraphs, headings, footnotes, table rows): what
 *        the recognisers hold grows with them (100,000 took 3 GB)
 * @param maxUnitChars characters of one text unit
 * @param timePerReport time to read one report and recognise its facts
 */
public record InputLimits(long maxPdfBytes, long maxTextBytes, int maxChars, int maxPages,
                          int maxFootnotes, int maxUnits, int maxUnitChars, Duration timePerReport) {

    public static final InputLimits DEFAULT = new InputLimits(64L << 20, 8L << 20, 4_000_000, 1_000,
            1_000, 10_000, 100_000, Duration.ofSeconds(60));

    /** The largest file of any format: a file above it is refused before it is read. */
    public long maxFileBytes() {
        return Math.max(maxPdfBytes, maxTextBytes);
    }

    public static String megabytes(long bytes) {
        return bytes >= 10L << 20 ? (bytes >> 20) + " MB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
