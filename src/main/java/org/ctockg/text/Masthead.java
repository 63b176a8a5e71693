package org.ctockg.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report's masthead says: its own symbol, distribution date, the title ("Report on the
 * meeting of ... held in Vienna on ...") and the place-and-dates lines ("Vienna, 17 and 18 October 2012").
 */
public record Masthead(String symbol, LocalDate distributed, String title, List<String> placeLines, String text) {
    private static final Pattern SYMBOL_LINE = Pattern.compile("^([A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,12})$");
    private static final Pattern DISTR = Pattern.compile("Distr\\.?:?\\s*(?:General|Limited|Restricted)\\s*(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})?");
    private static final Pattern TITLE = Pattern.compile(
            "^(?:Draft\\s+|Provisional\\s+|Revised\\s+)?(?:[Rr]eport|Summary|Proceedings)\\b.*\\b(?:held|session|meeting)\\b.*$");
    private static final Pattern TITLE_START = Pattern.compile("^(?:Draft\\s+|Provisional\\s+|Revised\\s+)?(?:[Rr]eport|Summary|Proceedings)\\b");
    private static final Pattern PLACE = Pattern.compile("^(\\p{Lu}[\\p{L} .'-]{1,40}),\\s*(\\d{1,2}\\b.*\\d{4})$");

    public static Masthead read(List<String> lines) {
        String symbol = null;
        LocalDate distributed = null;
        String title = null;
        List<String> places = new java.util.ArrayList<>();
        String all = String.join("\n", lines);
        Matcher d = DISTR.matcher(all.replace('\n', ' '));
        if (d.find()) {
            String date = d.group(1);
            if (date == null) {
                Matcher next = DateRange.SPAN.matcher(all.replace('\n', ' ').substring(d.end()));
                date = next.lookingAt() || next.find() ? next.group() : null;
            }
            distributed = date == null ? null : DateRange.parse(date).map(DateRange::start).orElse(null);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher s = SYMBOL_LINE.matcher(line.strip());
            if (symbol == null && s.matches()) {
                symbol = s.group(1);
            }
            if (title == null && TITLE_START.matcher(line).lookingAt()) {
                StringBuilder t = new StringBuilder(line.strip());
                for (int j = i + 1; j < lines.size() && j <= i + 3 && !DateRange.SPAN.matcher(t).find(); j++) {
                    t.append(' ').append(lines.get(j).strip());
                }
                if (TITLE.matcher(t).matches() && t.length() > 30) {
                    title = t.toString();
                }
            }
            if (PLACE.matcher(line.strip()).matches()) {
                places.add(line.strip());
            }
        }
        return new Masthead(symbol, distributed, title, List.copyOf(places), all);
    }

    /** The place of a "Vienna, 17 and 18 October 2012" line. */
    public static Optional<String> placeOf(String line) {
        Matcher m = PLACE.matcher(line);
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
