package org.ctockg.source;

/**
 * Characters that have no place in a report's text and that XML (hence RDF/XML) cannot carry:
 * C0 and C1 control characters other than tab, line feed, carriage return and form feed (which
 * converters print between pages), and the non-characters U+FFFE and U+FFFF.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    public static boolean isUnwanted(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && c != '\f';
        }
        return c >= 0x7F && c <= 0x9F || c == '\uFFFE' || c == '\uFFFF';
    }

    /** How many unwanted characters the text holds. */
    public static int count(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isUnwanted(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The text without them; the same instance when it has none. */
    public static String strip(String s) {
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            if (isUnwanted(s.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isUnwanted(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
