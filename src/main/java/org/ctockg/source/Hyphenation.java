package org.ctockg.source;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, for a word broken at a line end after a hyphen ("Organ-" / "ized", "money-" /
 * "laundering"), whether the hyphen belongs to the word, from the words of the document itself:
 * a soft hyphen never does; the hyphenated form written elsewhere keeps it, the joined form
 * written elsewhere drops it; otherwise it stays when what follows it is a word of its own in
 * the document ("follow-" / "up"), and goes when it is only a piece of one ("ized"). Before a
 * capital ("Vice-" / "Chair") the hyphen joins two words.
 */
final class Hyphenation {
    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();

    /** Learns the words of the given lines, leaving out the pieces of words broken across them. */
    Hyphenation(List<String> lines) {
        boolean brokenBefore = false;
        for (String line : lines) {
            String[] tokens = line.strip().split("\\s+");
            for (int i = 0; i < tokens.length; i++) {
                boolean last = i == tokens.length - 1;
                if (brokenBefore && i == 0 || last && endsBroken(tokens[i])) {
                    continue;
                }
                String t = trim(tokens[i]).toLowerCase(Locale.ROOT);
                if (t.indexOf('-') > 0) {
                    compounds.add(t);
                }
                for (String w : t.split("[^\\p{L}]+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
            brokenBefore = tokens.length > 0 && endsBroken(tokens[tokens.length - 1]);
        }
    }

    /** A line ending in a letter and a hyphen (or soft hyphen), whose word may go on on the next line. */
    static boolean endsBroken(String token) {
        int n = token.length();
        if (n < 2) {
            return false;
        }
        char h = token.charAt(n - 1);
        return (h == '-' || h == '\u00AD') && Character.isLetter(token.charAt(n - 2));
    }

    /** Joins a line ending in a broken word with the next one. */
    String join(String line, String next) {
        String a = line.stripTrailing();
        String b = next.stripLeading();
        if (b.isEmpty()) {
            return a;
        }
        int cut = a.lastIndexOf(' ') + 1;
        String head = a.substring(cut);
        if (!endsBroken(head)) {
            return a.isEmpty() ? b : a + " " + b;
        }
        if (!Character.isLowerCase(b.charAt(0))) {
            // "Vice-" / "Chair": no word is broken before a capital, the hyphen joins two words
            return a + b;
        }
        int end = 0;
        while (end < b.length() && !Character.isWhitespace(b.charAt(end))) {
            end++;
        }
        String tail = b.substring(0, end);
        String stem = head.substring(0, head.length() - 1);
        boolean keep = head.charAt(head.length() - 1) == '-' && keepsHyphen(trim(stem), trim(tail));
        return a.substring(0, cut) + stem + (keep ? "-" : "") + b;
    }

    private boolean keepsHyphen(String stem, String tail) {
        String s = stem.toLowerCase(Locale.ROOT);
        String t = tail.toLowerCase(Locale.ROOT);
        if (compounds.contains(s + "-" + t)) {
            return true;
        }
        String lastPiece = s.substring(s.lastIndexOf('-') + 1);
        String firstPiece = t.split("[^\\p{L}]+", 2)[0];
        if (words.contains(lastPiece + firstPiece)) {
            return false;
        }
        return words.contains(firstPiece);
    }

    /** The word without the punctuation around it. */
    private static String trim(String token) {
        int a = 0;
        int b = token.length();
        while (a < b && !Character.isLetterOrDigit(token.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(token.charAt(b - 1)) && token.charAt(b - 1) != '-') {
            b--;
        }
        return token.substring(a, b);
    }
}
