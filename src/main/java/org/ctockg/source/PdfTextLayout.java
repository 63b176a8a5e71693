package org.ctockg.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a PDF's pages into report text in the form the report parser reads: running
 * headers and footers dropped, the first page's masthead columns one after the other, one line per
 * paragraph (hyphenated line ends rejoined, paragraphs that run over a page joined again), a blank
 * line between blocks, whole bold blocks as headings, tables as {@link PdfTable} writes them, and each page's footnotes (the smaller print at its foot) after the paragraph in which the
 * page ended, after a rule and numbered {@code <sup>1</sup>}, as in the Markdown form of reports.
 */
final class PdfTextLayout {
    /** What hangs in the margin before a unit's text: a paragraph number, a subparagraph letter, a heading number, a footnote number. */
    private static final Pattern MARKER = Pattern.compile(
            "\\d{1,3}\\.|\\((?:[a-z]{1,2}|[ivxl]{1,6})\\)|[IVXL]{1,6}\\.|[A-Z]\\.|<sup>\\d{1,3}</sup>");
    private static final Pattern STARTS_UNIT = Pattern.compile("^(?:\\d{1,3}\\.|\\((?:[a-z]{1,2}|[ivxl]{1,6})\\)|[IVXL]{1,6}\\.|[A-Z]\\.)\\s");
    private static final Pattern ENDS_MASTHEAD = Pattern.compile("^(?:[IVXL]{1,6}\\.\\s+\\S|1\\.\\s+\\S|Annex\\b)");
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:<sup>(\\d{1,3})</sup>\\s*|(\\d{1,3})\\s+)(\\S.*)$");
    private static final Pattern RULE = Pattern.compile("^[_\u2014\u2013-]{3,}$");
    private static final int LONGEST_HEADING = 600;

    private final List<PdfPage> pages;
    private final float bodySize;
    private final float pitch;
    private final float right;
    private final Hyphenation hyphenation;
    private final StringBuilder out = new StringBuilder();
    private final List<Footnote> footnotes = new ArrayList<>();
    private int footnotesWritten;

    private PdfTextLayout(List<PdfPage> pages) {
        this.pages = pages;
        this.bodySize = usualSize(pages);
        this.pitch = usualPitch(pages, bodySize);
        this.right = rightEdge(pages, bodySize);
        List<String> all = new ArrayList<>();
        pages.forEach(p -> p.lines().forEach(l -> all.add(l.text())));
        this.hyphenation = new Hyphenation(all);
    }

    static String text(List<PdfPage> pages) {
        return new PdfTextLayout(pages).write();
    }

    /** A line placed in reading order; {@code breakBefore} when it cannot continue the block before it. */
    private record Placed(PdfLine line, int page, boolean breakBefore) {
    }

    private record Footnote(String number, int page, StringBuilder text) {
    }

    private String write() {
        Set<PdfLine> running = RunningLines.find(pages);
        List<Placed> body = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<PdfLine> lines = new ArrayList<>();
            for (PdfLine l : pages.get(i).lines()) {
                if (!running.contains(l) && !RULE.matcher(l.text()).matches()) {
                    lines.add(withMarkersJoined(l));
                }
            }
            lines = takeFootnotes(lines, i);
            if (i == 0) {
                body.addAll(columnsInOrder(lines, pages.get(0)));
            } else {
                for (int k = 0; k < lines.size(); k++) {
                    body.add(new Placed(lines.get(k), i, false));
                }
            }
        }
        List<List<Placed>> blocks = blocks(body);
        boolean masthead = true;
        PdfTable table = null;
        int tableEnd = -1;
        for (int b = 0; b < blocks.size(); b++) {
            List<Placed> block = blocks.get(b);
            if (masthead && (block.get(0).page() > 0 || ENDS_MASTHEAD.matcher(block.get(0).line().text()).find())) {
                masthead = false;
            }
            if (masthead) {
                block.forEach(p -> out.append(p.line().text()).append('\n'));
                out.append('\n');
            } else if (isTable(blocks, b)) {
                if (table == null || b > tableEnd) {
                    tableEnd = b;
                    while (tableEnd + 1 < blocks.size() && isTable(blocks, tableEnd + 1)) {
                        tableEnd++;
                    }
                    List<PdfLine> lines = new ArrayList<>();
                    blocks.subList(b, tableEnd + 1).forEach(t -> t.forEach(p -> lines.add(p.line())));
                    table = PdfTable.of(lines, bodySize, hyphenation);
                }
                out.append(table.rows(block.stream().map(Placed::line).toList())).append('\n');
            } else {
                writeProse(block);
            }
            int nextPage = b + 1 < blocks.size() ? blocks.get(b + 1).get(0).page() : Integer.MAX_VALUE;
            writeFootnotesBefore(nextPage);
        }
        writeFootnotesBefore(Integer.MAX_VALUE);
        return out.toString();
    }

    /** "1." hanging in the margin and the paragraph's text are one cell, as are a footnote's number and text. */
    private static PdfLine withMarkersJoined(PdfLine l) {
        List<PdfCell> cells = l.cells();
        if (cells.size() < 2 || !MARKER.matcher(cells.get(0).text()).matches()) {
            return l;
        }
        List<PdfCell> joined = new ArrayList<>(cells.subList(1, cells.size()));
        joined.set(0, cells.get(0).joinedWith(cells.get(1)));
        return l.withCells(joined);
    }

    /**
     * Takes the footnotes off the foot of a page: the lines below the text in smaller print,
     * the first of them starting with a footnote number (or going on with the previous page's
     * last footnote). Returns the lines above them.
     */
    private List<PdfLine> takeFootnotes(List<PdfLine> lines, int page) {
        int start = lines.size();
        // footnotes are set at least half a point smaller than the text (UN documents: 9 and 10 points)
        while (start > 0 && lines.get(start - 1).size() <= bodySize - 0.5f) {
            start--;
        }
        if (start == lines.size()) {
            return lines;
        }
        String top = lines.get(start).text();
        boolean opens = top.startsWith("<sup>") ? FOOTNOTE.matcher(top).matches() : start > 0 && FOOTNOTE.matcher(top).matches();
        boolean goesOn = !footnotes.isEmpty() && footnotes.get(footnotes.size() - 1).page() == page - 1;
        if (!opens && !goesOn || start == 0 && page == 0) {
            return lines;
        }
        for (PdfLine l : lines.subList(start, lines.size())) {
            String text = l.text();
            Matcher m = FOOTNOTE.matcher(text);
            // a number in plain print opens a footnote only as the next one: "12 October" may go on with one
            boolean numbered = m.matches() && (m.group(1) != null || footnotes.isEmpty()
                    || m.group(2).equals(String.valueOf(Integer.parseInt(footnotes.get(footnotes.size() - 1).number()) + 1)));
            if (numbered) {
                footnotes.add(new Footnote(m.group(1) != null ? m.group(1) : m.group(2), page, new StringBuilder(m.group(3))));
            } else if (!footnotes.isEmpty()) {
                Footnote f = footnotes.get(footnotes.size() - 1);
                String joined = hyphenation.join(f.text().toString(), text);
                f.text().setLength(0);
                f.text().append(joined);
            }
        }
        return new ArrayList<>(lines.subList(0, start));
    }

    /**
     * The first page's masthead prints two columns side by side (the body's name on the left;
     * symbol, distribution, date and language on the right): each column is read whole, left first.
     */
    private static List<Placed> columnsInOrder(List<PdfLine> lines, PdfPage page) {
        float middle = page.width() / 2;
        int first = -1;
        int last = -1;
        for (int k = 0; k < lines.size() && lines.get(k).baseline() < 0.45f * page.height(); k++) {
            if (lines.get(k).cells().stream().anyMatch(c -> c.x0() >= middle)) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        List<Placed> placed = new ArrayList<>();
        if (first < 0) {
            lines.forEach(l -> placed.add(new Placed(l, 0, false)));
            return placed;
        }
        // the left column may run on below the right one: its lines follow each other closely
        float bottom = lines.get(last).baseline();
        while (last + 1 < lines.size() && lines.get(last + 1).baseline() - bottom <= 1.5f * lines.get(last + 1).size()) {
            last++;
            bottom = Math.max(bottom, lines.get(last).baseline());
        }
        List<PdfLine> left = new ArrayList<>(lines.subList(0, first));
        List<PdfLine> rightColumn = new ArrayList<>();
        for (PdfLine l : lines.subList(first, last + 1)) {
            List<PdfCell> l1 = l.cells().stream().filter(c -> c.x0() < middle).toList();
            List<PdfCell> r1 = l.cells().stream().filter(c -> c.x0() >= middle).toList();
            if (!l1.isEmpty()) {
                left.add(l.withCells(l1));
            }
            if (!r1.isEmpty()) {
                rightColumn.add(l.withCells(r1));
            }
        }
        for (int k = 0; k < left.size(); k++) {
            placed.add(new Placed(left.get(k), 0, k == 0));
        }
        for (int k = 0; k < rightColumn.size(); k++) {
            placed.add(new Placed(rightColumn.get(k), 0, k == 0));
        }
        for (int k = last + 1; k < lines.size(); k++) {
            placed.add(new Placed(lines.get(k), 0, k == last + 1));
        }
        return placed;
    }

    private List<List<Placed>> blocks(List<Placed> body) {
        List<List<Placed>> blocks = new ArrayList<>();
        List<Placed> block = null;
        Placed previous = null;
        for (Placed p : body) {
            if (block == null || p.breakBefore() || startsBlock(previous, p)) {
                block = new ArrayList<>();
                blocks.add(block);
            }
            block.add(p);
            previous = p;
        }
        return blocks;
    }

    /** Whether a line starts a new block rather than going on with the line before it. */
    private boolean startsBlock(Placed before, Placed p) {
        PdfLine a = before.line();
        PdfLine b = p.line();
        if (a.bold() != b.bold() || Math.abs(a.size() - b.size()) > 0.75f) {
            return true;
        }
        boolean unit = STARTS_UNIT.matcher(b.text()).find();
        if (before.page() != p.page()) {
            return unit || isShort(a) || b.cells().size() > 1;
        }
        float dy = b.baseline() - a.baseline();
        float expected = Math.abs(a.size() - bodySize) < 0.75f ? pitch : 1.2f * Math.max(a.size(), b.size());
        if (dy <= 0 || dy > 1.3f * expected) {
            return true;
        }
        // without space between paragraphs: a number or letter set off from the text's left edge
        // (hanging in the margin, or indented) starts one, and a short line ending a sentence ends one
        boolean shifted = Math.abs(b.x0() - a.x0()) > 3;
        return unit && (shifted || isShort(a)) || isShort(a) && endsSentence(a.text());
    }

    private static boolean endsSentence(String text) {
        String t = text.replaceAll("<sup>\\d{1,3}</sup>$", "").strip();
        while (!t.isEmpty() && "\"'”)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".:;!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** A line that ends well before the right margin: the last line of its paragraph. */
    private boolean isShort(PdfLine l) {
        return l.x1() < right - 3 * bodySize;
    }

    /** A block of cells: its first line has several, and so does a neighbouring block or another of its lines. */
    private static boolean isTable(List<List<Placed>> blocks, int b) {
        if (!isRowStart(blocks.get(b).get(0).line())) {
            return false;
        }
        boolean neighbour = b > 0 && isRowStart(blocks.get(b - 1).get(0).line())
                || b + 1 < blocks.size() && isRowStart(blocks.get(b + 1).get(0).line());
        return neighbour || blocks.get(b).stream().skip(1).anyMatch(p -> isRowStart(p.line()));
    }

    private static boolean isRowStart(PdfLine l) {
        return PdfTable.isRowStart(l);
    }

    /** A paragraph on one line; a block all in bold and short is a heading. */
    private void writeProse(List<Placed> block) {
        String text = block.get(0).line().text();
        for (Placed p : block.subList(1, block.size())) {
            text = hyphenation.join(text, p.line().text());
        }
        boolean heading = block.stream().allMatch(p -> p.line().bold()) && text.length() < LONGEST_HEADING
                && !text.matches("^\\d{1,3}\\.\\s.*");
        out.append(heading ? "### " : "").append(text).append("\n\n");
    }

    /** The footnotes of the pages before {@code page}, after the block in which their page ended. */
    private void writeFootnotesBefore(int page) {
        if (footnotesWritten >= footnotes.size() || footnotes.get(footnotesWritten).page() >= page) {
            return;
        }
        out.append("---\n\n");
        while (footnotesWritten < footnotes.size() && footnotes.get(footnotesWritten).page() < page) {
            Footnote f = footnotes.get(footnotesWritten++);
            out.append("<sup>").append(f.number()).append("</sup> ").append(f.text()).append("\n\n");
        }
    }

    /** The font size of most of the text. */
    private static float usualSize(List<PdfPage> pages) {
        Map<Float, Integer> chars = new HashMap<>();
        pages.forEach(p -> p.lines().forEach(l -> chars.merge(l.size(), l.text().length(), Integer::sum)));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }

    /** The usual distance between the baselines of two lines of a paragraph. */
    private static float usualPitch(List<PdfPage> pages, float size) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PdfPage p : pages) {
            List<PdfLine> ls = p.lines();
            for (int i = 1; i < ls.size(); i++) {
                float dy = ls.get(i).baseline() - ls.get(i - 1).baseline();
                if (ls.get(i).size() == size && ls.get(i - 1).size() == size && dy > 0 && dy < 3 * size) {
                    counts.merge(Math.round(dy * 2), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(1.2f * size);
    }

    /** Where the lines of running text end: the right margin of justified text. */
    private static float rightEdge(List<PdfPage> pages, float size) {
        List<Float> ends = new ArrayList<>();
        pages.forEach(p -> p.lines().forEach(l -> {
            if (l.size() == size) {
                ends.add(l.x1());
            }
        }));
        if (ends.isEmpty()) {
            return Float.MAX_VALUE;
        }
        ends.sort(null);
        return ends.get(Math.min(ends.size() - 1, (int) (ends.size() * 0.9f)));
    }
}
