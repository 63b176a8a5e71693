package org.ctockg.text;

import java.util.regex.Pattern;

/**
 * Lines a PDF converter prints that belong to the page, not the text: job numbers, barcodes, page
 * numbers, and the running header with the document's symbol that stands next to them where one
 * page ends and the next begins.
 */
final class PageDebris {
    private static final Pattern JOB_NUMBER = Pattern.compile(
            "^(\\d{1,3}(/\\d{1,3})?\\s+)?(V|GE|N|E|S)\\.\\d{2}-\\d{4,6}(\\s*\\([A-Z]\\))?(\\s+\\d{6}){0,2}(\\s+\\d{1,3}(/\\d{1,3})?)?(\\s+\\*\\d{6,}\\*)?$");
    private static final Pattern BARCODE = Pattern.compile("^\\*\\d{6,}\\*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(\\d{1,3}|\\d{1,3}/\\d{1,3}|Page \\d{1,3}( of \\d{1,3})?)$");
    private static final Pattern PLEASE_RECYCLE = Pattern.compile("^Please recycle\\W*$", Pattern.CASE_INSENSITIVE);
    /** How many non-blank lines away from a job number a running header may stand. */
    private static final int HEADER_REACH = 3;

    private PageDebris() {
    }

    static boolean isDebris(String stripped) {
        return isPageMark(stripped) || PAGE_NUMBER.matcher(stripped).matches() || PLEASE_RECYCLE.matcher(stripped).matches();
    }

    /** A job number or barcode: printed on every page of a UN document, never in its text. */
    private static boolean isPageMark(String stripped) {
        return JOB_NUMBER.matcher(stripped).matches() || BARCODE.matcher(stripped).matches();
    }

    /**
     * Which lines are running headers: a symbol standing alone that is the report's own, or that
     * stands within a few lines of a job number or barcode (the footer of the page before or the
     * page it heads). A symbol alone elsewhere (a list of documents) is text.
     */
    static boolean[] runningHeaders(String[] lines, String ownSymbol) {
        boolean[] header = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.isEmpty() || !DocumentSymbols.isSymbolLine(s)) {
                continue;
            }
            header[i] = s.equals(ownSymbol) || nearPageMark(lines, i, -1) || nearPageMark(lines, i, 1);
        }
        return header;
    }

    private static boolean nearPageMark(String[] lines, int from, int step) {
        int seen = 0;
        for (int k = from + step; k >= 0 && k < lines.length && seen < HEADER_REACH; k += step) {
            String s = lines[k].strip();
            if (s.isEmpty()) {
                continue;
            }
            if (isPageMark(s)) {
                return true;
            }
            if (!PAGE_NUMBER.matcher(s).matches()) {
                seen++;
            }
        }
        return false;
    }
}
