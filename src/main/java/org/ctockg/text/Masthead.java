package org.ctockg.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report's masthead says: its own symbol, distribution date, the title ("Report on the
 * meeting of ... held in Vienna on ...") and the place-and-dates lines ("Vienna, 17 and 18 October
 * 2012"), read whether the converter printed the masthead line by line, in two columns or run
 * on into one line. {@link #names()} is the masthead without the fields of its right-hand column
 * (symbol, "Distr.: General", the date, "Original: English"), which a converter may have printed
 * in the middle of the body's name; {@link #text()} is all of it.
 */
public record Masthead(String symbol, LocalDate distributed, String title, List<String> placeLines, String text, String names) {
    private static final Pattern SYMBOL_LINE = Pattern.compile("^([A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,12})(?:\\s*\\*)?$");
    private static final Pattern UN_SYMBOL = Pattern.compile("^(?:\\d{1,3}\\s+)?United Nations\\s+([A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,12})(?=\\s|\\*|$)");
    private static final Pattern DISTR = Pattern.compile("Distr\\.?:?\\s*(?:General|Limited|Restricted)\\s*(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})?");
    private static final Pattern TITLE = Pattern.compile(
            "(?i)^(?:Draft\\s+|Provisional\\s+|Revised\\s+)?(?:report|summary|proceedings)\\b.*\\b(?:held|session|meeting)\\b.*$", Pattern.DOTALL);
    /** Where a report's title starts; a report of the Secretariat or of an official is no meeting's report. */
    private static final Pattern TITLE_START = Pattern.compile(
            "(?<![\\p{L}-])(?:(?i:draft)\\s+|(?i:provisional)\\s+|(?i:revised)\\s+)?(?i:report|summary|proceedings)\\s+(?i:of|on)\\b"
                    + "(?!\\s+the\\s+(?:Secretariat|Secretary-General|Executive\\s+Director|Director-General)\\b)");
    /** "Vienna, 17 and 18 October 2012", "St. Petersburg, Russian Federation, 2-6 November 2015". */
    private static final Pattern PLACE = Pattern.compile("^(\\p{Lu}[\\p{L} .'-]{1,40}?)(?:,\\s*\\p{Lu}[\\p{L} ]{2,40})?,\\s*(\\d{1,2}\\b.*\\d{4})$");
    /** A place and days inside a line: after the session or meeting it names ("Sixth session St. Petersburg, ..."). */
    private static final Pattern INLINE_PLACE = Pattern.compile(
            "(?:\\b(?:session|meeting)\\s+)(\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:el-|al-|de\\s+)?\\p{Lu}[\\p{L}.'-]*){0,2}),\\s*(?:\\p{Lu}[\\p{L} ]{2,40},\\s*)?(\\d{1,2}\\b[^,;]{0,40}?\\d{4})");
    private static final Pattern FIELDS = Pattern.compile(
            "Distr\\.?:?\\s*(?:General|Limited|Restricted)|Original:\\s*\\p{L}+|(?<![\\d,]\\s?|\\band\\s|\\bto\\s|[-\u2013])\\b\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{4}\\b"
                    + "|(?<![\\p{L}/])[A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,12}\\*?|(?<!\\S)(?:V|GE|N)\\.\\d{2}-\\d{4,6}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}|\\*\\d{6,}\\*");

    public static Masthead read(List<String> lines) {
        String symbol = null;
        String title = null;
        List<String> places = new ArrayList<>();
        String all = String.join("\n", lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (symbol == null) {
                symbol = symbolOf(line);
            }
            if (title == null) {
                title = titleFrom(lines, i);
            }
            if (PLACE.matcher(line).matches()) {
                places.add(line);
            } else {
                Matcher inline = INLINE_PLACE.matcher(line);
                if (inline.find() && DateRange.find(inline.group(2)).isPresent()) {
                    places.add(inline.group(1) + ", " + inline.group(2));
                }
            }
        }
        return new Masthead(symbol, distributed(all), title, List.copyOf(places), all, withoutFields(all));
    }

    private static String symbolOf(String line) {
        Matcher alone = SYMBOL_LINE.matcher(line);
        if (alone.matches()) {
            return alone.group(1);
        }
        Matcher un = UN_SYMBOL.matcher(line);
        return un.find() ? un.group(1) : null;
    }

    private static LocalDate distributed(String all) {
        String flat = all.replace('\n', ' ');
        Matcher d = DISTR.matcher(flat);
        if (!d.find()) {
            return null;
        }
        String date = d.group(1);
        if (date == null) {
            Matcher next = DateRange.SPAN.matcher(flat.substring(d.end()));
            date = next.lookingAt() || next.find() ? next.group() : null;
        }
        return date == null ? null : DateRange.parse(date).map(DateRange::start).orElse(null);
    }

    /**
     * The title that starts in line {@code i}, wherever in the line: up to the end of the span of
     * days it names (the next lines are added while none is found), else to the end of its line.
     */
    private static String titleFrom(List<String> lines, int i) {
        Matcher start = TITLE_START.matcher(lines.get(i));
        if (!start.find()) {
            return null;
        }
        StringBuilder t = new StringBuilder(lines.get(i).substring(start.start()).strip());
        for (int j = i + 1; j < lines.size() && j <= i + 8 && !DateRange.SPAN.matcher(t).find(); j++) {
            if (!SYMBOL_LINE.matcher(lines.get(j).strip()).matches()) { // a running header a page break left in the title
                t.append(' ').append(lines.get(j).strip());
            }
        }
        Matcher days = DateRange.SPAN.matcher(t);
        String title = days.find() ? t.substring(0, days.end()) : t.toString();
        return TITLE.matcher(title).matches() && title.length() > 30 ? title : null;
    }

    /** The masthead without its symbol, distribution, date, language and job-number fields. */
    private static String withoutFields(String all) {
        StringBuilder out = new StringBuilder();
        for (String line : all.split("\n", -1)) {
            String rest = FIELDS.matcher(line).replaceAll(" ").replaceAll(" {2,}", " ").strip();
            if (!rest.isEmpty() && !rest.equals("United Nations")) {
                out.append(out.length() == 0 ? "" : "\n").append(rest);
            }
        }
        return out.toString();
    }

    /** The place of a "Vienna, 17 and 18 October 2012" line. */
    public static Optional<String> placeOf(String line) {
        Matcher m = PLACE.matcher(line);
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
