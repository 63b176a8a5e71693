package org.ctockg.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First and last day of a span written as UN reports write it: "17 and 18 October 2012",
 * "15, 16 and 18 October 2012", "28–31 May 2018", "1-2 October 2009", "from 17 to 19 October 2016",
 * "from 30 September to 4 October 2013", "31 December 2012 to 2 January 2013".
 */
public record DateRange(LocalDate start, LocalDate end) {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern TOKEN = Pattern.compile("\\b(\\d{4})\\b|\\b(\\d{1,2})\\b|\\b(" + MONTHS + ")\\b");
    /** A span of days ending in a month and a year, as found in running text. */
    public static final Pattern SPAN = Pattern.compile(
            "(?:from\\s+|on\\s+)?\\d{1,2}(?:\\s+(?:" + MONTHS + ")(?:\\s+\\d{4})?)?(?:\\s*(?:,|and|to|[-\u2013\u2014]|until)\\s*\\d{1,2}(?:\\s+(?:" + MONTHS
                    + ")(?:\\s+\\d{4})?)?)*\\s+(?:" + MONTHS + ")\\s+\\d{4}");

    /** Reads the first span of days in the text. */
    public static Optional<DateRange> find(String text) {
        Matcher m = SPAN.matcher(text);
        return m.find() ? parse(m.group()) : Optional.empty();
    }

    public static Optional<DateRange> parse(String phrase) {
        List<String[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(phrase);
        while (m.find()) {
            if (m.group(1) != null) {
                tokens.add(new String[] {"Y", m.group(1)});
            } else if (m.group(2) != null) {
                tokens.add(new String[] {"D", m.group(2)});
            } else {
                tokens.add(new String[] {"M", m.group(3)});
            }
        }
        int first = indexOf(tokens, "D", 0);
        int last = lastIndexOf(tokens, "D");
        if (first < 0) {
            return Optional.empty();
        }
        try {
            LocalDate start = date(tokens, first);
            LocalDate end = date(tokens, last);
            if (start == null || end == null || end.isBefore(start)) {
                return Optional.empty();
            }
            return Optional.of(new DateRange(start, end));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(List<String[]> tokens, int dayAt) {
        int month = indexOf(tokens, "M", dayAt);
        if (month < 0) {
            return null;
        }
        int year = indexOf(tokens, "Y", month);
        if (year < 0) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(tokens.get(year)[1]), monthNumber(tokens.get(month)[1]),
                Integer.parseInt(tokens.get(dayAt)[1]));
    }

    private static int monthNumber(String name) {
        return java.time.Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }

    private static int indexOf(List<String[]> tokens, String kind, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i)[0].equals(kind)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<String[]> tokens, String kind) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i)[0].equals(kind)) {
                return i;
            }
        }
        return -1;
    }
}
