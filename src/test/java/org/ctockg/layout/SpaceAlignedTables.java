package org.ctockg.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Tables as {@code pdftotext -layout} prints them: cells padded with spaces into columns, long
 * cells wrapped inside their column onto the following lines.
 */
final class SpaceAlignedTables implements Relayout {
    @Override
    public String apply(String text, Random random) {
        List<String> lines = TextBlocks.lines(text);
        List<String> out = new ArrayList<>();
        int margin = random.nextInt(12);
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).indexOf('\t') < 0) {
                out.add(lines.get(i++));
                continue;
            }
            List<String[]> rows = new ArrayList<>();
            while (i < lines.size() && (lines.get(i).indexOf('\t') >= 0 || lines.get(i).isBlank() && i + 1 < lines.size() && lines.get(i + 1).indexOf('\t') >= 0)) {
                if (!lines.get(i).isBlank()) {
                    rows.add(lines.get(i).replaceAll("</?i>", "").split("\t", -1));
                }
                i++;
            }
            out.addAll(layOut(rows, margin, random));
        }
        return String.join("\n", out);
    }

    private static List<String> layOut(List<String[]> rows, int margin, Random random) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        int[] width = new int[columns];
        for (int c = 0; c < columns; c++) {
            width[c] = c == columns - 1 ? 35 + random.nextInt(30) : 12 + random.nextInt(14);
        }
        List<String> out = new ArrayList<>();
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                List<String> wrapped = wrap(c < row.length ? row[c].strip() : "", width[c]);
                cells.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            for (int h = 0; h < height; h++) {
                StringBuilder line = new StringBuilder(" ".repeat(margin));
                for (int c = 0; c < columns; c++) {
                    String cell = h < cells.get(c).size() ? cells.get(c).get(h) : "";
                    line.append(cell);
                    if (c < columns - 1) {
                        line.append(" ".repeat(Math.max(3, width[c] + 3 - cell.length())));
                    }
                }
                out.add(line.toString().stripTrailing());
            }
        }
        return out;
    }

    private static List<String> wrap(String cell, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : cell.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }
}
