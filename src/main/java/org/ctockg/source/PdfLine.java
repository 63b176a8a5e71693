package org.ctockg.source;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a PDF page: its cells from left to right. Its baseline (from the top of the page)
 * and font size are those of most of its text, so that a raised footnote marker or a masthead
 * column printed larger beside it does not move it.
 */
record PdfLine(List<PdfCell> cells) {

    String text() {
        if (cells.size() == 1) {
            return cells.get(0).text();
        }
        StringBuilder b = new StringBuilder();
        for (PdfCell c : cells) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(c.text());
        }
        return b.toString();
    }

    float x0() {
        return cells.get(0).x0();
    }

    float x1() {
        return cells.get(cells.size() - 1).x1();
    }

    boolean bold() {
        return cells.stream().allMatch(PdfCell::bold);
    }

    float baseline() {
        return main().baseline();
    }

    float size() {
        return main().size();
    }

    private PdfWord main() {
        PdfWord best = null;
        for (PdfCell c : cells) {
            PdfWord w = c.main();
            if (best == null || PdfCell.visible(w) > PdfCell.visible(best)) {
                best = w;
            }
        }
        return best;
    }

    List<PdfWord> words() {
        List<PdfWord> all = new ArrayList<>();
        cells.forEach(c -> all.addAll(c.words()));
        return all;
    }

    PdfLine withCells(List<PdfCell> newCells) {
        return new PdfLine(List.copyOf(newCells));
    }
}
