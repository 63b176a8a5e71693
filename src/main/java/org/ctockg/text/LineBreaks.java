package org.ctockg.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a line to the text it continues, undoing the converter's line break: a space between
 * words; nothing after a dash or slash; a word hyphenated at the line end ("Organ-" + "ized")
 * made whole again, unless the document writes that compound with its hyphen elsewhere
 * ("follow-" + "up" stays "follow-up" when "follow-up" occurs within a line).
 */
final class LineBreaks {
    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+-\\p{L}+");
    private final String text;
    private Set<String> compounds;

    LineBreaks(String text) {
        this.text = text;
    }

    /** Appends a line to a text being built. */
    void append(StringBuilder buf, String line) {
        int n = buf.length();
        if (n == 0 || line.isEmpty()) {
            buf.append(line);
            return;
        }
        char last = buf.charAt(n - 1);
        if (last == '-' && n >= 2 && Character.isLetter(buf.charAt(n - 2)) && Character.isLowerCase(line.charAt(0))) {
            if (!isCompound(lastWord(buf), firstWord(line))) {
                buf.setLength(n - 1);
            }
            buf.append(line);
            return;
        }
        boolean glued = (last == '-' || last == '\u2013') && n >= 2 && Character.isLetterOrDigit(buf.charAt(n - 2)) || last == '/';
        if (!glued) {
            buf.append(' ');
        }
        buf.append(line);
    }

    /** Whether the line ends in a word that the next line may finish. */
    static boolean endsHyphenated(String line) {
        int n = line.length();
        return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetter(line.charAt(n - 2));
    }

    private boolean isCompound(String head, String tail) {
        if (compounds == null) {
            compounds = new HashSet<>();
            Matcher m = COMPOUND.matcher(text);
            while (m.find()) {
                compounds.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return compounds.contains((head + "-" + tail).toLowerCase(Locale.ROOT));
    }

    /** The letters before the final hyphen. */
    private static String lastWord(CharSequence buf) {
        int end = buf.length() - 1;
        int k = end;
        while (k > 0 && Character.isLetter(buf.charAt(k - 1))) {
            k--;
        }
        return buf.subSequence(k, end).toString();
    }

    private static String firstWord(String line) {
        int k = 0;
        while (k < line.length() && Character.isLetter(line.charAt(k))) {
            k++;
        }
        return line.substring(0, k);
    }
}
