package org.ctockg.layout;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote markers as converters print them: digits glued to the word or punctuation before them
 * ("Chile,1", "resolution 6/4.1") or superscript digits, and footnotes opening with the bare number.
 */
final class GlueFootnoteMarkers implements Relayout {
    private static final Pattern SUP = Pattern.compile("(?m)(^[ \\t]*)?<sup>(\\d{1,3})</sup>([ \\t]*)");
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    @Override
    public String apply(String text, Random random) {
        Matcher m = SUP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean superscript = random.nextBoolean();
            String number = superscript ? superscript(m.group(2)) : m.group(2);
            boolean opening = m.group(1) != null;
            String replacement = opening ? m.group(1) + number + (superscript && random.nextBoolean() ? "" : " ") : number + m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String superscript(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }
}
