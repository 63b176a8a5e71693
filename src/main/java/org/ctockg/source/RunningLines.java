package org.ctockg.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Running headers and footers, recognised by their repetition from page to page: the lines in
 * the top and bottom bands of the pages whose every word either recurs in those bands on
 * another page (the document symbol, the job number) or is a page number, a barcode, a
 * language code or a print date. The first page's top band is its masthead and is kept.
 */
final class RunningLines {
    /** Share of the page height, from the top or the bottom, where running lines are looked for. */
    private static final float BAND = 0.09f;
    /** Lines looked at at each end of a page. */
    private static final int PER_END = 3;
    private static final Pattern PAGE_FURNITURE = Pattern.compile(
            "\\d{1,4}|\\d{1,4}/\\d{1,4}|\\*\\d{5,}\\*|\\([A-Z]\\)|\\d{6}|Page|of|-|\u2013");

    private RunningLines() {
    }

    /** The running lines of the pages (compared by identity). */
    static Set<PdfLine> find(List<PdfPage> pages) {
        Set<PdfLine> running = Collections.newSetFromMap(new IdentityHashMap<>());
        if (pages.size() < 2) {
            return running;
        }
        Map<PdfLine, Integer> candidates = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            PdfPage page = pages.get(i);
            List<PdfLine> lines = page.lines();
            for (int k = 0; k < lines.size(); k++) {
                PdfLine l = lines.get(k);
                boolean top = k < PER_END && l.baseline() < BAND * page.height() && i > 0;
                boolean bottom = k >= lines.size() - PER_END && l.baseline() > (1 - BAND) * page.height();
                if (top || bottom) {
                    candidates.put(l, i);
                }
            }
        }
        Map<String, Set<Integer>> pagesOfWord = new HashMap<>();
        for (Map.Entry<PdfLine, Integer> c : candidates.entrySet()) {
            for (String w : words(c.getKey())) {
                pagesOfWord.computeIfAbsent(w, x -> new HashSet<>()).add(c.getValue());
            }
        }
        for (PdfLine l : candidates.keySet()) {
            List<String> words = words(l);
            boolean allFurniture = !words.isEmpty() && words.stream().allMatch(
                    w -> PAGE_FURNITURE.matcher(w).matches() || w.length() >= 4 && pagesOfWord.get(w).size() >= 2);
            if (allFurniture) {
                running.add(l);
            }
        }
        return running;
    }

    private static List<String> words(PdfLine l) {
        List<String> out = new ArrayList<>();
        for (String w : l.text().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
