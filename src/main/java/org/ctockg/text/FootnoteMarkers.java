package org.ctockg.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops footnote markers that a converter glued to the word before them ({@code Chile,1},
 * {@code resolution 6/4.1}, {@code Convention2}) when a footnote of that number exists.
 */
final class FootnoteMarkers {
    private static final Pattern AFTER_PUNCTUATION = Pattern.compile("(?<=(?:^|[\\s(])[\\p{L}\\-']{2,40}|\\))([.,;:])(\\d{1,2})(?=[\\s)]|$)");
    private static final Pattern AFTER_ACT_NUMBER = Pattern.compile("(?<=\\d/\\d{1,3})([.,;:])(\\d{1,2})(?=\\s|$)");
    private static final Pattern AFTER_WORD = Pattern.compile("(?<=(?:^|\\s)\\p{Ll}{3,40})(\\d{1,2})(?=[\\s,.;:)]|$)");

    private FootnoteMarkers() {
    }

    static String strip(String text, Set<String> footnotes) {
        if (footnotes.isEmpty()) {
            return text;
        }
        String s = replace(AFTER_PUNCTUATION, text, footnotes, true);
        s = replace(AFTER_ACT_NUMBER, s, footnotes, true);
        return replace(AFTER_WORD, s, footnotes, false);
    }

    private static String replace(Pattern p, String text, Set<String> footnotes, boolean keepPunctuation) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group(keepPunctuation ? 2 : 1);
            String keep = footnotes.contains(number) ? (keepPunctuation ? m.group(1) : "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(keep));
        }
        m.appendTail(out);
        return out.toString();
    }
}
