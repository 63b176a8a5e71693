package org.ctockg.extract;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English ordinals both ways: "fourth" and "4th" to 4, 4 to "fourth". */
final class Ordinals {
    private static final String[] WORDS = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40);
    /** An ordinal word or "4th"; matched case-insensitively. */
    static final String PATTERN = "(?:\\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty|forty)-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
            + "twentieth|thirtieth|fortieth|" + String.join("|", java.util.Arrays.copyOfRange(WORDS, 1, WORDS.length)) + ")";
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");

    private Ordinals() {
    }

    static Optional<Integer> parse(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace("-", "");
        Matcher m = NUMERIC.matcher(w);
        if (m.matches()) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        for (int i = 1; i < WORDS.length; i++) {
            if (WORDS[i].equals(w)) {
                return Optional.of(i);
            }
        }
        if (w.equals("thirtieth")) {
            return Optional.of(30);
        }
        if (w.equals("fortieth")) {
            return Optional.of(40);
        }
        for (var tens : TENS.entrySet()) {
            if (w.startsWith(tens.getKey())) {
                for (int i = 1; i < 10; i++) {
                    if (w.substring(tens.getKey().length()).equals(WORDS[i])) {
                        return Optional.of(tens.getValue() + i);
                    }
                }
            }
        }
        return Optional.empty();
    }

    static String english(int n) {
        return n > 0 && n < WORDS.length ? WORDS[n] : n + (n % 10 == 1 && n % 100 != 11 ? "st" : n % 10 == 2 && n % 100 != 12 ? "nd"
                : n % 10 == 3 && n % 100 != 13 ? "rd" : "th");
    }
}
