package org.ctockg.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a PDF page as report text: one line per row, its cells separated by tabs. The
 * columns begin where the cells of the table's lines of several cells begin; a line that has
 * words in every column where its row's first line has them starts a row, one that has not goes
 * on with the cells of the row above (a title or a symbol wrapped in its column).
 */
final class PdfTable {
    /** Words this close to the left of a column's edge still belong to it, in points. */
    private static final float TOLERANCE = 2;

    private final float[] starts;
    private final Hyphenation hyphenation;

    private PdfTable(float[] starts, Hyphenation hyphenation) {
        this.starts = starts;
        this.hyphenation = hyphenation;
    }

    /** A line of several cells: a table row, or its first line. */
    static boolean isRowStart(PdfLine l) {
        return l.cells().size() > 1;
    }

    /** The table of these lines; cell edges within {@code width} of each other are one column's. */
    static PdfTable of(List<PdfLine> lines, float width, Hyphenation hyphenation) {
        List<Float> xs = new ArrayList<>();
        for (PdfLine l : lines) {
            if (isRowStart(l)) {
                l.cells().forEach(c -> xs.add(c.x0()));
            }
        }
        xs.sort(null);
        List<Float> starts = new ArrayList<>();
        for (float x : xs) {
            if (starts.isEmpty() || x - starts.get(starts.size() - 1) > width) {
                starts.add(x);
            }
        }
        float[] result = new float[starts.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = starts.get(i);
        }
        return new PdfTable(result, hyphenation);
    }

    /** The rows these lines make, each on a line of its own. */
    String rows(List<PdfLine> lines) {
        StringBuilder out = new StringBuilder();
        String[] row = null;
        boolean[] rowColumns = null;
        for (PdfLine l : lines) {
            String[] cells = new String[starts.length];
            boolean[] used = new boolean[starts.length];
            for (PdfWord w : l.words()) {
                int col = column(w.x0());
                cells[col] = cells[col] == null ? w.text() : cells[col] + " " + w.text();
                used[col] = true;
            }
            if (row == null || covers(used, rowColumns)) {
                write(row, out);
                row = new String[starts.length];
                rowColumns = used;
            }
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    row[c] = row[c] == null ? cells[c] : hyphenation.join(row[c], cells[c]);
                }
            }
        }
        write(row, out);
        return out.toString();
    }

    private int column(float x) {
        int col = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= x + TOLERANCE) {
                col = i;
            }
        }
        return col;
    }

    private static boolean covers(boolean[] used, boolean[] columns) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] && !used[c]) {
                return false;
            }
        }
        return true;
    }

    private static void write(String[] row, StringBuilder out) {
        if (row == null) {
            return;
        }
        int last = row.length - 1;
        while (last > 0 && row[last] == null) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(row[i] == null ? "" : row[i]);
        }
        out.append('\n');
    }
}
