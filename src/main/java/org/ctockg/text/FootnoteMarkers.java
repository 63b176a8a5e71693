package org.ctockg.text;

import java.util.List;
import java.util.Set;

/**
 * Drops footnote markers that a converter glued to the word before them ({@code Chile,1},
 * {@code resolution 6/4.1}, {@code Convention2}) when a footnote of that number exists.
 *
 * <p>A marker is a run of one or two digits, followed by a space, a closing parenthesis or the
 * end of the text, and glued to one of: a word (2 to 40 letters) or a closing parenthesis and
 * then a punctuation mark; an act number ({@code 6/4}) and a punctuation mark; a lower-case word
 * of 3 to 40 letters. The text is scanned once, digit run by digit run: the regular expressions
 * this replaces looked behind at every position and were the most expensive step of extraction.
 *
 * <p>Where the marker stood is kept ({@link FootnoteRef}): the normalizer turns a marker it can
 * see ({@code <sup>1</sup>}, {@code ¹}) into {@link #OPEN} number {@link #CLOSE}, {@link #mark}
 * does the same for glued digits, and {@link #extract} takes them out of a block's finished text
 * with their offsets.
 */
final class FootnoteMarkers {
    /** Opens a footnote reference kept in the text while it is parsed (a private-use character). */
    static final char OPEN = '\uE000';
    /** Closes it. */
    static final char CLOSE = '\uE001';
    private static final int LONGEST_WORD = 40;

    private FootnoteMarkers() {
    }

    /** A footnote reference as the text keeps it until {@link #extract}. */
    static String reference(String number) {
        return OPEN + number + String.valueOf(CLOSE);
    }

    static String strip(String text, Set<String> footnotes) {
        return replace(text, footnotes, false);
    }

    /** Glued markers become references ({@link #reference}) instead of being dropped. */
    static String mark(String text, Set<String> footnotes) {
        return replace(text, footnotes, true);
    }

    /** The text without its references, each added to {@code into} with the offset where it stood. */
    static String extract(String text, List<FootnoteRef> into) {
        if (text.indexOf(OPEN) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == OPEN ? text.indexOf(CLOSE, i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            into.add(new FootnoteRef(text.substring(i + 1, close), out.length()));
            i = close + 1;
        }
        return out.toString();
    }

    /** The text without its references. */
    static String withoutReferences(String text) {
        return text.indexOf(OPEN) < 0 ? text : extract(text, new java.util.ArrayList<>());
    }

    private static String replace(String text, Set<String> footnotes, boolean keep) {
        if (footnotes.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isDigit(text.charAt(i)) || i == 0 || isDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isDigit(text.charAt(j))) {
                j++;
            }
            if (j - i <= 2 && footnotes.contains(text.substring(i, j)) && isMarker(text, i, j)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i);
                if (keep) {
                    out.append(reference(text.substring(i, j)));
                }
                copied = j;
            }
            i = j;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** Whether the digits from {@code start} to {@code end} are a marker glued to what precedes. */
    private static boolean isMarker(String text, int start, int end) {
        char before = text.charAt(start - 1);
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (isPunctuation(before) && start >= 2) {
            boolean endsAfter = isSpace(after) || after == ')';
            return endsAfter && (text.charAt(start - 2) == ')' || isWordBefore(text, start - 1, 2, false))
                    || isSpace(after) && isActNumberBefore(text, start - 1);
        }
        boolean punctuationEnds = isPunctuation(after) && !(end + 1 < text.length() && isDigit(text.charAt(end + 1)));
        boolean endsAfter = isSpace(after) || after == ')' || punctuationEnds;
        return endsAfter && Character.getType(before) == Character.LOWERCASE_LETTER
                && (isWordBefore(text, start, 3, true) || isCapitalisedWordBefore(text, start));
    }

    /** A capitalised word of four letters or more ("Peru2 and Togo" as converters print a list): Upper, then lower-case letters. */
    private static boolean isCapitalisedWordBefore(String text, int end) {
        int k = end;
        while (k > 0 && end - k < LONGEST_WORD && Character.getType(text.charAt(k - 1)) == Character.LOWERCASE_LETTER) {
            k--;
        }
        if (end - k < 3 || k == 0 || !Character.isUpperCase(text.charAt(k - 1))) {
            return false;
        }
        return k - 1 == 0 || isSpace(text.charAt(k - 2)) || text.charAt(k - 2) == '(';
    }

    /** A whole word of letters (or lower-case letters only) ends at {@code end}, after a space, "(" or the start. */
    private static boolean isWordBefore(String text, int end, int shortest, boolean lowerCaseOnly) {
        int k = end;
        while (k > 0 && end - k < LONGEST_WORD && isWordChar(text.charAt(k - 1), lowerCaseOnly)) {
            k--;
        }
        int length = end - k;
        if (length < shortest || k > 0 && isWordChar(text.charAt(k - 1), lowerCaseOnly)) {
            return false;
        }
        return k == 0 || isSpace(text.charAt(k - 1)) || !lowerCaseOnly && text.charAt(k - 1) == '(';
    }

    /** An act number such as {@code 6/4} or {@code 2/123} ends at {@code end}. */
    private static boolean isActNumberBefore(String text, int end) {
        int k = end;
        while (k > 0 && end - k < 3 && isDigit(text.charAt(k - 1))) {
            k--;
        }
        return k < end && k >= 2 && text.charAt(k - 1) == '/' && isDigit(text.charAt(k - 2));
    }

    private static boolean isWordChar(char c, boolean lowerCaseOnly) {
        return lowerCaseOnly ? Character.getType(c) == Character.LOWERCASE_LETTER
                : Character.isLetter(c) || c == '-' || c == '\'';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
