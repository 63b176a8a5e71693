package org.ctockg.text;

import java.util.regex.Pattern;

/** Lines a PDF converter prints that belong to the page, not the text: job numbers, barcodes, page numbers. */
final class PageDebris {
    private static final Pattern JOB_NUMBER = Pattern.compile(
            "^(\\d{1,3}/\\d{1,3}\\s+)?(V|GE|N|E|S)\\.\\d{2}-\\d{4,6}(\\s*\\([A-Z]\\))?(\\s+\\d{1,3}/\\d{1,3})?(\\s+\\*\\d{6,}\\*)?$");
    private static final Pattern BARCODE = Pattern.compile("^\\*\\d{6,}\\*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(\\d{1,3}|\\d{1,3}/\\d{1,3}|Page \\d{1,3}( of \\d{1,3})?)$");
    private static final Pattern PLEASE_RECYCLE = Pattern.compile("^Please recycle\\W*$", Pattern.CASE_INSENSITIVE);

    private PageDebris() {
    }

    static boolean isDebris(String stripped) {
        return JOB_NUMBER.matcher(stripped).matches() || BARCODE.matcher(stripped).matches()
                || PAGE_NUMBER.matcher(stripped).matches() || PLEASE_RECYCLE.matcher(stripped).matches();
    }
}
