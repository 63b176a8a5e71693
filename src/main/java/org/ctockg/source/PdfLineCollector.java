package org.ctockg.source;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, in reading order (sorted by position), keeping for each line what the
 * layout says: where its words are, their font size and weight, and which digits are raised and
 * smaller (footnote markers, written {@code <sup>1</sup>}). Words more than a wide gap apart go
 * into separate cells. Stops between pages when the deadline has passed.
 */
final class PdfLineCollector extends PDFTextStripper {
    /** A gap between words wider than this many times the font size separates cells. */
    private static final float CELL_GAP = 1.6f;

    private final Deadline deadline;
    private final List<PdfPage> pages = new ArrayList<>();
    private final List<String> wordTexts = new ArrayList<>();
    private final List<List<TextPosition>> words = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private List<PdfLine> lines = new ArrayList<>();
    private PDRectangle box;
    private long characters;

    PdfLineCollector(Deadline deadline) {
        this.deadline = deadline;
        setSortByPosition(true);
    }

    /** The pages' lines; throws {@link PastDeadlineException} when the deadline passes. */
    List<PdfPage> read(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        return pages;
    }

    long characters() {
        return characters;
    }

    @Override
    protected void startPage(PDPage page) {
        lines = new ArrayList<>();
        box = page.getCropBox();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        wordTexts.add(text);
        words.add(List.copyOf(positions));
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeWordSeparator() {
        // cells and spaces are decided from the positions in endLine
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        boolean turned = page.getRotation() % 180 != 0;
        pages.add(new PdfPage(getCurrentPageNo(), turned ? box.getHeight() : box.getWidth(),
                turned ? box.getWidth() : box.getHeight(), List.copyOf(lines)));
        if (deadline.passed()) {
            throw new PastDeadlineException(getCurrentPageNo());
        }
    }

    private void endLine() {
        if (words.isEmpty()) {
            return;
        }
        float size = usualSize(words);
        float baseline = baseline(words, size);
        List<PdfCell> cells = new ArrayList<>();
        List<PdfWord> cell = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            List<TextPosition> ps = words.get(w);
            if (ps.isEmpty()) {
                continue;
            }
            PdfWord word = word(wordTexts.get(w), ps, size, baseline);
            if (!cell.isEmpty() && word.x0() - cell.get(cell.size() - 1).x1() > CELL_GAP * size) {
                cells.add(new PdfCell(List.copyOf(cell)));
                cell.clear();
            }
            cell.add(word);
            characters += ps.size();
        }
        if (!cell.isEmpty()) {
            cells.add(new PdfCell(List.copyOf(cell)));
        }
        words.clear();
        wordTexts.clear();
        if (!cells.isEmpty()) {
            lines.add(new PdfLine(List.copyOf(cells)));
        }
    }

    /** A word as printed: its text in the text form, where it stands, the size and baseline of its ordinary characters. */
    private PdfWord word(String text, List<TextPosition> ps, float lineSize, float lineBaseline) {
        StringBuilder b = new StringBuilder();
        appendWord(b, text, ps, lineSize, lineBaseline);
        List<TextPosition> plain = new ArrayList<>();
        int bold = 0;
        for (TextPosition p : ps) {
            if (!isMarker(p, lineSize, lineBaseline)) {
                plain.add(p);
            }
            if (isBold(p.getFont())) {
                bold++;
            }
        }
        List<TextPosition> sized = plain.isEmpty() ? ps : plain;
        float size = usualSize(List.of(sized));
        TextPosition last = ps.get(ps.size() - 1);
        return new PdfWord(b.toString(), ps.get(0).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                baseline(List.of(sized), size), size, bold * 10 >= ps.size() * 9);
    }

    /** The font size most characters of the line have, to half a point. */
    private static float usualSize(List<List<TextPosition>> words) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<TextPosition> ps : words) {
            for (TextPosition p : ps) {
                counts.merge(Math.round(size(p) * 2), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(10f);
    }

    /** Where the characters of the usual size sit: their lowest baseline (superscripts sit higher). */
    private static float baseline(List<List<TextPosition>> words, float size) {
        float y = -Float.MAX_VALUE;
        for (List<TextPosition> ps : words) {
            for (TextPosition p : ps) {
                if (Math.abs(size(p) - size) < 0.75f) {
                    y = Math.max(y, p.getYDirAdj());
                }
            }
        }
        return y == -Float.MAX_VALUE ? words.get(0).get(0).getYDirAdj() : y;
    }

    /** The word in the text form: markup characters escaped, raised small digits as {@code <sup>}. */
    private static void appendWord(StringBuilder out, String text, List<TextPosition> ps, float size, float baseline) {
        boolean raised = false;
        for (TextPosition p : ps) {
            raised |= isMarker(p, size, baseline);
        }
        if (!raised) {
            escape(out, text);
            return;
        }
        boolean inSup = false;
        for (TextPosition p : ps) {
            boolean sup = isMarker(p, size, baseline);
            if (sup != inSup) {
                out.append(sup ? "<sup>" : "</sup>");
                inSup = sup;
            }
            escape(out, Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFKC));
        }
        if (inSup) {
            out.append("</sup>");
        }
    }

    /** A footnote marker: a digit set smaller than the line and above its baseline. */
    private static boolean isMarker(TextPosition p, float size, float baseline) {
        String u = p.getUnicode();
        return u.length() == 1 && Character.isDigit(u.charAt(0)) && size(p) <= 0.85f * size
                && p.getYDirAdj() < baseline - 0.2f * size;
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }

    /** The font size as printed: font size times the text and page matrices. */
    private static float size(TextPosition p) {
        float s = Math.abs(p.getYScale());
        return s > 0 ? s : p.getFontSizeInPt();
    }

    private boolean isBold(PDFont font) {
        return boldFonts.computeIfAbsent(font, f -> {
            String name = String.valueOf(f.getName()).toLowerCase(Locale.ROOT);
            PDFontDescriptor d = f.getFontDescriptor();
            return name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
                    || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        });
    }

    /** Thrown between pages when reading has taken longer than allowed. */
    static final class PastDeadlineException extends IOException {
        final int page;

        PastDeadlineException(int page) {
            super("past the deadline at page " + page);
            this.page = page;
        }
    }
}
