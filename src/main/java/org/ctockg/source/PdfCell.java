package org.ctockg.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of one line of a PDF page with no wide gap between them: the whole line in running
 * text, one cell of a table row, one column of a masthead.
 */
record PdfCell(List<PdfWord> words) {

    String text() {
        StringBuilder b = new StringBuilder();
        for (PdfWord w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.text());
        }
        return b.toString();
    }

    float x0() {
        return words.get(0).x0();
    }

    float x1() {
        return words.get(words.size() - 1).x1();
    }

    boolean bold() {
        int bold = 0;
        int all = 0;
        for (PdfWord w : words) {
            all += w.text().length();
            bold += w.bold() ? w.text().length() : 0;
        }
        return bold * 10 >= all * 9;
    }

    /** The word that carries most of the text: its size and baseline are the cell's. */
    PdfWord main() {
        PdfWord best = words.get(0);
        for (PdfWord w : words) {
            if (visible(w) > visible(best)) {
                best = w;
            }
        }
        return best;
    }

    /** Characters printed, not counting the markup of footnote markers. */
    static int visible(PdfWord w) {
        String t = w.text();
        return t.indexOf('<') < 0 ? t.length() : t.replace("<sup>", "").replace("</sup>", "").length();
    }

    PdfCell joinedWith(PdfCell next) {
        List<PdfWord> all = new ArrayList<>(words);
        all.addAll(next.words);
        return new PdfCell(List.copyOf(all));
    }
}
