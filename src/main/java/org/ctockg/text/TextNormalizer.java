package org.ctockg.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.source.ControlCharacters;

/**
 * Cleans what PDF-to-text and HTML-to-Markdown converters leave in a report, keeping one line
 * per source line so that line numbers stay true: byte-order mark, CR line ends, no-break and
 * zero-width spaces, soft hyphens, typographic apostrophes, HTML tags and entities, Markdown
 * links. A footnote marker at the start of a line or after a space ({@code <sup>1</sup>},
 * {@code ¹}) becomes {@link #FOOTNOTE_MARK} followed by its number (a converter may have run the
 * footnotes of a page onto one line); a numbered marker glued to the text is kept as a reference
 * ({@link FootnoteMarkers#reference}) until the parser takes it out with its place.
 */
public final class TextNormalizer {
    /** Marks a line that opens a footnote: the mark, the number, a space, the text. */
    public static final String FOOTNOTE_MARK = "\u0001fn";

    private static final Pattern SUP_AT_START = Pattern.compile("(?m)^[ \\t]*<sup>\\s*(\\d{1,3})\\s*</sup>[ \\t]*");
    /** A marker after a space opens a footnote too, where a converter ran the footnotes of a page onto one line. */
    private static final Pattern SUP_MARK = Pattern.compile("<sup>\\s*(\\d{1,3})\\s*</sup>[ \\t]*(?=\\S)");
    private static final Pattern SUPERSCRIPT_AFTER_SPACE = Pattern.compile("(?<=[ \\t])([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)[ \\t]*(?=\\S)");
    private static final Pattern SUP_ANYWHERE = Pattern.compile("<sup>([^<]{0,12})</sup>");
    private static final Pattern SUPERSCRIPT_AT_START = Pattern.compile("(?m)^[ \\t]*([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)[ \\t]*");
    private static final Pattern SUPERSCRIPT_ANYWHERE = Pattern.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>|</?p(\\s[^<>]*)?>");
    private static final Pattern ANY_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9A-Fa-f]+|[0-9]+);");

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String s = raw;
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').replace('\u2009', ' ')
                .replace("\u00AD", "").replace("\u200B", "").replace("\uFEFF", "")
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\f', '\n');
        // Each pass runs only when the text has what it removes: most reports have no tags.
        if (s.indexOf('<') >= 0) {
            s = SUP_AT_START.matcher(s).replaceAll(m -> FOOTNOTE_MARK + m.group(1) + " ");
            String text = s;
            s = SUP_MARK.matcher(s).replaceAll(m -> m.start() > 0 && Character.isWhitespace(text.charAt(m.start() - 1))
                    ? FOOTNOTE_MARK + m.group(1) + " " : Matcher.quoteReplacement(m.group()));
            s = SUP_ANYWHERE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(inlineReference(m.group(1))));
            s = LINE_BREAK_TAG.matcher(s).replaceAll(" ");
            s = ANY_TAG.matcher(s).replaceAll("");
        }
        if (SUPERSCRIPT_ANYWHERE.matcher(s).find()) {
            s = SUPERSCRIPT_AT_START.matcher(s).replaceAll(m -> FOOTNOTE_MARK + superscriptDigits(m.group(1)) + " ");
            s = SUPERSCRIPT_AFTER_SPACE.matcher(s).replaceAll(m -> FOOTNOTE_MARK + superscriptDigits(m.group(1)) + " ");
            s = SUPERSCRIPT_ANYWHERE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(FootnoteMarkers.reference(superscriptDigits(m.group()))));
        }
        if (s.contains("](")) {
            s = MARKDOWN_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        return decodeEntities(s);
    }

    /** A numbered marker becomes a reference; others ("*", "a") are dropped. */
    private static String inlineReference(String marker) {
        String n = marker.strip();
        return n.matches("\\d{1,3}") ? FootnoteMarkers.reference(n) : "";
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&rsquo;", "'").replace("&lsquo;", "'")
                .replace("&ldquo;", "\u201c").replace("&rdquo;", "\u201d").replace("&ndash;", "\u2013")
                .replace("&mdash;", "\u2014");
        s = NUMERIC_ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(numericEntity(m.group(1))));
        return s.replace("&amp;", "&");
    }

    /**
     * The character of {@code &#NNN;} or {@code &#xHHH;}; as in HTML, U+FFFD for a number that is
     * no character (out of range, a surrogate), and nothing for a control character, which no
     * report carries and XML cannot.
     */
    private static String numericEntity(String n) {
        boolean hex = n.startsWith("x");
        String digits = hex ? n.substring(1) : n;
        int cp = digits.length() > 8 ? -1 : (int) Math.min(Long.parseLong(digits, hex ? 16 : 10), Integer.MAX_VALUE);
        if (!Character.isValidCodePoint(cp) || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return "\uFFFD";
        }
        if (Character.isBmpCodePoint(cp) && ControlCharacters.isUnwanted((char) cp)) {
            return "";
        }
        return new String(Character.toChars(cp));
    }

    private static String superscriptDigits(String sup) {
        StringBuilder b = new StringBuilder();
        for (char c : sup.toCharArray()) {
            b.append(switch (c) {
                case '\u00b9' -> '1';
                case '\u00b2' -> '2';
                case '\u00b3' -> '3';
                case '\u2070' -> '0';
                default -> (char) ('4' + (c - '\u2074'));
            });
        }
        return b.toString();
    }
}
