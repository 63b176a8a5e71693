package org.ctockg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page that a converter printed on one line, cut back into the lines the parser reads: the
 * footer and running header where a page ended (job number, page number, barcode, the symbol
 * heading the next page) become a break; the rule over the footnotes becomes a line of its own
 * and each footnote under it another; a blank (an empty string) stands where a page broke and
 * where the text goes on after the footnotes.
 */
final class FlattenedPage {
    /** Shorter lines are lines, not pages, unless a footnote rule stands in them. */
    static final int LONG = 300;

    private static final String SYMBOL = "(?:A|E|S|CTOC|CAC|UNODC|ST)(?:/[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*){2,}";
    private static final Pattern PAGE_BREAK = Pattern.compile(
            "(?<!\\S)(?:\\d{1,3}(?:/\\d{1,3})?\\s+)?(?:V|GE|N)\\.\\d{2}-\\d{4,6}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}"
                    + "(?:\\s+\\d{1,3}(?:/\\d{1,3})?(?=\\s|$))?(?:\\s+\\*\\d{6,}\\*)?(?:\\s+\\d{1,3}(?=\\s|$))?(?:\\s+" + SYMBOL + "(?=\\s|$))?"
                    + "|(?<!\\S)\\*\\d{6,}\\*(?:\\s+\\d{1,3}(?=\\s|$))?(?:\\s+" + SYMBOL + "(?=\\s|$))?");
    private static final Pattern LEADERS = Pattern.compile("(?:(?:\\s\\.){3,}|\\s?\\.{5,})\\s*\\d{1,4}(?=\\s)");
    private static final Pattern RULE = Pattern.compile("(?<!\\S)_{3,}(?!\\S)");
    private static final Pattern BODY_AFTER_NOTES = Pattern.compile(
            "(?<=[.;)])\\s+(?=(?:[IVX]{1,5}|[A-H])\\.\\s+\\p{Lu}\\p{Ll}|\\d{1,3}\\.\\s+\\p{Lu}\\p{Ll})");
    private static final Pattern MARKED_FOOTNOTE = Pattern.compile(TextNormalizer.FOOTNOTE_MARK + "\\d{1,3} ");
    private static final Pattern FIRST_FOOTNOTE = Pattern.compile("^(\\d{1,3}|\\*{1,3})\\s+\\S");

    private static final Pattern BODY_START = Pattern.compile("(?:^|(?<=\\s))(?:I\\.\\s+\\p{Lu}\\p{Ll}|1\\.\\s+\\p{Lu})");

    private FlattenedPage() {
    }

    /** Where the body begins in a masthead run on into the text: chapter I or paragraph 1; -1 when neither. */
    static int bodyStart(String line) {
        Matcher m = BODY_START.matcher(line);
        return m.find() ? m.start() : -1;
    }

    /** Whether a line holds more than one: it is long, text and a footnote rule share it, or a page break stands in its text. */
    static boolean isFlattened(String line) {
        if (line.length() >= LONG || mayHoldJobNumber(line) && PAGE_BREAK.matcher(line).find() && !PageDebris.isDebris(line.strip())) {
            return true;
        }
        if (line.indexOf("___") < 0) {
            return false;
        }
        Matcher rule = RULE.matcher(line);
        return rule.find() && !line.strip().equals(rule.group());
    }

    /** The lines of a flattened line. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        if (!mayHoldJobNumber(line) && line.indexOf('*') < 0) {
            splitRules(line, out);
            return out;
        }
        Matcher m = PAGE_BREAK.matcher(line);
        int from = 0;
        while (m.find()) {
            splitRules(line.substring(from, m.start()), out);
            out.add("");
            from = m.end();
        }
        splitRules(line.substring(from), out);
        return out;
    }

    /** A piece between page breaks: the text, then the rule and the footnotes under it, if any. */
    private static void splitRules(String piece, List<String> out) {
        if (piece.indexOf("___") < 0) {
            splitContents(piece, out);
            return;
        }
        Matcher rule = RULE.matcher(piece);
        if (!rule.find()) {
            splitContents(piece, out);
            return;
        }
        splitContents(piece.substring(0, rule.start()), out);
        out.add(rule.group());
        String notes = piece.substring(rule.end()).strip();
        // the text goes on after the footnotes where a heading or a numbered paragraph follows a sentence
        Matcher body = BODY_AFTER_NOTES.matcher(notes);
        int end = body.find() ? body.start() : notes.length();
        splitFootnotes(notes.substring(0, end).strip(), out);
        if (end < notes.length()) {
            out.add("");
            splitContents(notes.substring(end), out);
        }
    }

    /** Entries of a table of contents run on: each ends with its dot leaders and page, kept for the parser to see. */
    private static void splitContents(String text, List<String> out) {
        if (!text.contains(". .") && !text.contains(".....")) {
            addIfText(out, text);
            return;
        }
        Matcher leaders = LEADERS.matcher(text);
        int start = 0;
        while (leaders.find()) {
            addIfText(out, text.substring(start, leaders.end()));
            start = leaders.end();
        }
        addIfText(out, text.substring(start));
    }

    /** Footnotes run on: each opens with its mark, or with the number after the last one's. */
    private static void splitFootnotes(String notes, List<String> out) {
        if (notes.startsWith(TextNormalizer.FOOTNOTE_MARK)) {
            Matcher m = MARKED_FOOTNOTE.matcher(notes);
            int start = 0;
            while (m.find()) {
                if (m.start() > start) {
                    addIfText(out, notes.substring(start, m.start()));
                    start = m.start();
                }
            }
            addIfText(out, notes.substring(start));
            return;
        }
        Matcher first = FIRST_FOOTNOTE.matcher(notes);
        if (!first.lookingAt()) {
            addIfText(out, notes);
            return;
        }
        int start = 0;
        int next = first.group(1).startsWith("*") ? 1 : Integer.parseInt(first.group(1)) + 1;
        while (true) {
            int at = nextFootnote(notes, start + 1, next);
            if (at < 0) {
                break;
            }
            addIfText(out, notes.substring(start, at));
            start = at;
            next++;
        }
        addIfText(out, notes.substring(start));
    }

    /** Where footnote {@code number} opens: its number after the end of a sentence, before a word. */
    private static int nextFootnote(String notes, int from, int number) {
        String n = " " + number + " ";
        int at = notes.indexOf(n, from);
        while (at > 0) {
            char before = notes.charAt(at - 1);
            int after = at + n.length();
            if (".;)]".indexOf(before) >= 0 && after < notes.length() && !Character.isWhitespace(notes.charAt(after))) {
                return at + 1;
            }
            at = notes.indexOf(n, at + 1);
        }
        return -1;
    }

    private static boolean mayHoldJobNumber(String line) {
        return line.contains("V.") || line.contains("N.") || line.contains("GE.");
    }

    private static void addIfText(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }
}
