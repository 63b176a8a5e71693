package org.ctockg.layout;

import java.util.Random;

/** Straight quotes and apostrophes printed as typographic ones. */
final class CurlyQuotes implements Relayout {
    @Override
    public String apply(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            if (c == '\'') {
                out.append(Character.isLetterOrDigit(before) ? '\u2019' : '\u2018');
            } else if (c == '"') {
                out.append(Character.isWhitespace(before) || before == '(' ? '\u201c' : '\u201d');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
