package org.ctockg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into sentences, not fooled by "Mr.", "No.", "chap." or a symbol's dots. */
public final class Sentences {
    private static final Pattern BOUNDARY = Pattern.compile("[.!?](?<gap>[\"\u201d)]?\\s+)(?=[\"\u201c(]?[A-Z])|\\n+");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Mr|Ms|Mrs|Dr|No|Nos|chap|sect|para|paras|vol|vols|art|arts|e\\.g|i\\.e|cf|St|Corr|Add|Rev|Inc|Co|Ltd|Jr|Sr|Prof|H\\.E|p|pp|op|cit|al|Sect|Chap)\\.|\\b[A-Z]\\.)$");

    private static final int LONGEST_ABBREVIATION = 8;

    private Sentences() {
    }

    /** One sentence of a text, with where it starts and ends in that text. */
    public record Sentence(int start, int end, String text) {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            int end = m.start("gap") >= 0 ? m.start("gap") : m.start();
            if (endsWithAbbreviation(text, start, end) && !text.startsWith("\n", end)) {
                continue;
            }
            add(out, text, start, end);
            start = m.end();
        }
        add(out, text, start, text.length());
        return out;
    }

    /** Whether the text before a boundary ends with an abbreviation; looks at its tail only. */
    private static boolean endsWithAbbreviation(String text, int start, int end) {
        if (end > start && text.charAt(end - 1) == '\n') {
            return false;
        }
        Matcher m = ABBREVIATION.matcher(text);
        m.region(Math.max(start, end - LONGEST_ABBREVIATION), end);
        m.useTransparentBounds(true);
        return m.find();
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        String s = text.substring(start, end);
        if (!s.isBlank()) {
            out.add(new Sentence(start, end, s));
        }
    }
}
