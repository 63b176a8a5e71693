package org.ctockg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols in running text: {@code CTOC/COP/WG.2/2016/1}, {@code A/63/539},
 * {@code CAC/COSP/IRG/2019/2/Add.1}, {@code E/CN.15/2012/12}. A joint symbol
 * {@code CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4} is two symbols of one document.
 */
public final class DocumentSymbols {
    private static final String SERIES = "A|E|S|CTOC|CAC|UNODC|ST|TD|DP|HRC|UNEP|CCPR|CRC|CEDAW|CERD|CAT|CND|UNDCP|UNW|UNICRI|IDB|PBC|UNHCR|UNCITRAL|ECE|ICC";
    // Repetitions are bounded: Java matches each repetition of a group one stack frame deeper, so an
    // unbounded count overflowed the stack on a "symbol" of thousands of parts. Real symbols have at most 8.
    private static final String PART = "(?:S-\\d{1,2}|[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+){0,6})";
    private static final Pattern SYMBOL = Pattern.compile("(?<![A-Za-z0-9/.])(?:" + SERIES + ")(?:/" + PART + "){2,12}");

    private DocumentSymbols() {
    }

    public static List<String> find(String text) {
        List<String> out = new ArrayList<>();
        if (text.indexOf('/') < 0) {
            return out;
        }
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** True when the whole (stripped) line is one symbol, as a page header prints it. */
    public static boolean isSymbolLine(String line) {
        return SYMBOL.matcher(line.strip()).matches();
    }
}
