package org.ctockg.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Prints a report's text (Markdown or plain, as in {@code data/reports}) as a PDF laid out the
 * way the UN prints its documents, for tests of the PDF reader: A4; on the first page the
 * masthead in two columns (the body's name on the left, distribution, date and language on the
 * right), a footer with the job number and a barcode; on the other pages a running header with
 * the document symbol and a footer with the job number and the page number; paragraph numbers
 * hanging in the margin; justified text; footnote markers raised and smaller; footnotes at the
 * foot of the page of their marker, in smaller print, below a rule; table rows in columns, cells
 * wrapped within them; optionally long words hyphenated at line ends, and paragraphs with no
 * space between them (only the short last line and the number in the margin tell where one ends).
 */
final class UnPdfWriter {
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float NUM_X = 70;
    private static final float TEXT_X = 106;
    private static final float RIGHT = 530;
    private static final float TOP = 80;
    private static final float BOTTOM = 780;
    private static final float BODY = 10;
    private static final float LEADING = 12;
    private static final float GAP = 6;
    private static final float NOTE = 9;
    private static final float NOTE_LEADING = 10.5f;
    private static final float SUP = 6;
    private static final float RISE = 3.5f;
    private static final float[] COLUMNS = {TEXT_X, TEXT_X + 135, TEXT_X + 190, RIGHT};

    private static final PDFont ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    private static final PDFont SANS_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);

    private static final Pattern SUP_MARK = Pattern.compile("<sup>(\\d{1,3})</sup>|([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)");
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:<sup>(\\d{1,3})</sup>|([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+))\\s*(.*)$");
    private static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,3}\\.)\\s+(.*)$");
    private static final Pattern SUBPARAGRAPH = Pattern.compile("^(\\((?:[a-z]{1,2}|[ivxl]{1,6})\\))\\s+(.*)$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^([IVXL]{1,6}\\.|[A-Z]\\.)\\s+(.*)$");
    private static final Pattern ENDS_MASTHEAD = Pattern.compile("^(?:[IVXL]{1,6}\\.\\s|1\\.\\s|Annex\\b)");

    /**
     * @param symbol the symbol printed as running header (and on the first page when {@code symbolOnFirstPage})
     * @param jobNumber such as {@code V.12-57095}
     */
    record Options(String symbol, boolean symbolOnFirstPage, String jobNumber, boolean hyphenate, boolean spaced) {
        Options(String symbol, boolean symbolOnFirstPage, String jobNumber, boolean hyphenate) {
            this(symbol, symbolOnFirstPage, jobNumber, hyphenate, true);
        }
    }

    private record Run(String text, boolean sup) {
    }

    private record Word(List<Run> runs, PDFont font, float size) {
        float width() {
            float w = 0;
            for (Run r : runs) {
                w += textWidth(r.text(), font, r.sup() ? size * SUP / BODY : size);
            }
            return w;
        }

        List<String> notes() {
            return runs.stream().filter(Run::sup).map(Run::text).toList();
        }
    }

    private final Options options;
    private final PDDocument doc = new PDDocument();
    private final Map<String, String> footnotes = new LinkedHashMap<>();
    private final List<String> pageNotes = new ArrayList<>();
    private final List<String> placedNotes = new ArrayList<>();
    private PDPageContentStream cs;
    private int pageNo;
    private float y;

    private UnPdfWriter(Options options) {
        this.options = options;
    }

    static byte[] write(String reportText, Options options) throws IOException {
        return new UnPdfWriter(options).print(reportText);
    }

    private byte[] print(String text) throws IOException {
        List<List<String>> blocks = blocks(text);
        for (List<String> b : blocks) {
            Matcher f = FOOTNOTE.matcher(b.get(0));
            if (f.matches()) {
                footnotes.put(number(f), plain(String.join(" ", b).replaceFirst(FOOTNOTE.pattern(), "$3")));
            }
        }
        newPage();
        int first = 0;
        while (first < blocks.size() && !ENDS_MASTHEAD.matcher(plain(blocks.get(first).get(0))).find()) {
            first++;
        }
        masthead(blocks.subList(0, first));
        List<String> paragraph = null;
        for (List<String> b : blocks.subList(first, blocks.size())) {
            String line0 = b.get(0).strip();
            if (line0.matches("^(-{3,}|_{3,}|\\*{3,})$")) {
                continue;
            }
            Matcher f = FOOTNOTE.matcher(line0);
            if (f.matches()) {
                String n = number(f);
                if (!placedNotes.contains(n)) {
                    pageNotes.add(n);
                    placedNotes.add(n);
                }
                continue;
            }
            String next = plain(b.get(0));
            boolean goesOn = paragraph != null && !endsSentence(String.join(" ", paragraph))
                    && !b.get(0).contains("\t") && !b.get(0).startsWith("#")
                    && !PARAGRAPH.matcher(next).matches() && !SUBPARAGRAPH.matcher(next).matches();
            if (goesOn) {
                paragraph.addAll(b);
                continue;
            }
            if (paragraph != null) {
                paragraph(paragraph);
                paragraph = null;
            }
            if (b.stream().anyMatch(l -> l.contains("\t"))) {
                table(b);
            } else if (isHeading(b)) {
                heading(plain(String.join(" ", b)));
            } else {
                paragraph = new ArrayList<>(b);
            }
        }
        if (paragraph != null) {
            paragraph(paragraph);
        }
        finishPage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }

    /** Blocks of lines between blank lines; each line stripped of Markdown's hard line break. */
    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace("\uFEFF", "").split("\n", -1)) {
            String l = raw.strip();
            if (l.isEmpty()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(raw.contains("\t") ? raw.strip() : l);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static boolean isHeading(List<String> b) {
        String first = b.get(0);
        if (first.startsWith("#") || first.startsWith("**") && String.join(" ", b).endsWith("**")) {
            return true;
        }
        String t = plain(String.join(" ", b));
        return b.size() == 1 && t.length() < 250 && !endsSentence(t) && !t.endsWith(",") && Character.isUpperCase(t.charAt(0))
                && !PARAGRAPH.matcher(t).matches() && !SUBPARAGRAPH.matcher(t).matches();
    }

    private static boolean endsSentence(String s) {
        String t = SUP_MARK.matcher(plain(s)).replaceAll("").strip();
        while (!t.isEmpty() && "\"'\u201d)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".:;!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The line without Markdown: heading marks, emphasis, italics tags; footnote markers stay. */
    private static String plain(String s) {
        return s.replaceFirst("^#{1,6}\\s*", "").replace("**", "").replaceAll("</?i>", "")
                .replaceAll("(?<![\\w*])\\*([^*]+)\\*(?![\\w*])", "$1").strip();
    }

    private static String number(Matcher f) {
        if (f.group(1) != null) {
            return f.group(1);
        }
        StringBuilder n = new StringBuilder();
        for (char c : f.group(2).toCharArray()) {
            n.append(switch (c) {
                case '\u00b9' -> '1';
                case '\u00b2' -> '2';
                case '\u00b3' -> '3';
                case '\u2070' -> '0';
                default -> (char) ('4' + (c - '\u2074'));
            });
        }
        return n.toString();
    }

    // ---- the first page's masthead

    private void masthead(List<List<String>> blocks) throws IOException {
        float top = 100;
        if (options.symbolOnFirstPage() && options.symbol() != null) {
            draw("United Nations", SANS_BOLD, 16, NUM_X, 62);
            draw(options.symbol(), SANS_BOLD, 16, RIGHT - textWidth(options.symbol(), SANS_BOLD, 16), 62);
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        List<List<String>> rest = new ArrayList<>();
        boolean inRight = false;
        boolean rightDone = false;
        for (List<String> b : blocks) {
            if (!rightDone && b.stream().anyMatch(l -> plain(l).startsWith("Distr"))) {
                inRight = true;
            }
            if (inRight) {
                for (String l : b) {
                    right.add(plain(l));
                    if (plain(l).startsWith("Original")) {
                        inRight = false;
                        rightDone = true;
                    }
                }
            } else if (!rightDone) {
                left.add(plain(String.join(" ", b)));
            } else if (!b.get(0).matches("^(-{3,}|_{3,})$")) {
                rest.add(b);
            }
        }
        float yl = top;
        for (String l : left) {
            for (List<Word> line : wrap(words(l, BOLD, 14), 250)) {
                yl += 17;
                drawWords(line, NUM_X, yl, 0);
            }
        }
        float yr = top;
        for (String l : right) {
            yr += LEADING;
            draw(l, ROMAN, BODY, 400, yr);
        }
        y = Math.max(yl, yr) + 14;
        rule(NUM_X, RIGHT, y, 1.5f);
        y += 8;
        for (List<String> b : rest) {
            boolean bold = b.get(0).startsWith("#") || b.get(0).startsWith("**");
            y += 8;
            for (String l : b) {
                for (List<Word> line : wrap(words(plain(l), bold ? BOLD : ROMAN, bold ? 12 : BODY), RIGHT - NUM_X)) {
                    place(bold ? 14 : LEADING, List.of());
                    drawWords(line, NUM_X, y, 0);
                }
            }
        }
    }

    // ---- the body

    private void heading(String text) throws IOException {
        Matcher m = NUMBERED_HEADING.matcher(text);
        boolean chapter = m.matches() && !m.group(1).matches("[A-Z]\\.") || text.startsWith("Annex");
        float size = chapter ? 11 : BODY;
        String marker = m.matches() ? m.group(1) : null;
        String rest = m.matches() ? m.group(2) : text;
        y += chapter ? 14 : 8;
        boolean first = true;
        for (List<Word> line : wrap(words(rest, BOLD, size), RIGHT - TEXT_X)) {
            place(LEADING, List.of());
            if (first && marker != null) {
                draw(marker, BOLD, size, NUM_X, y);
            }
            drawWords(line, TEXT_X, y, 0);
            first = false;
        }
        y += gap();
    }

    private void paragraph(List<String> lines) throws IOException {
        String text = plain(String.join(" ", lines));
        String marker = null;
        float markerX = NUM_X;
        float firstX = TEXT_X;
        Matcher m = PARAGRAPH.matcher(text);
        Matcher s = SUBPARAGRAPH.matcher(text);
        if (m.matches()) {
            marker = m.group(1);
            text = m.group(2);
        } else if (s.matches()) {
            marker = s.group(1);
            markerX = TEXT_X + 18;
            firstX = TEXT_X + 46;
            text = s.group(2);
        }
        List<Word> words = words(text, ROMAN, BODY);
        List<List<Word>> wrapped = wrap(words, RIGHT - firstX, RIGHT - TEXT_X);
        for (int i = 0; i < wrapped.size(); i++) {
            List<Word> line = wrapped.get(i);
            List<String> notes = new ArrayList<>();
            line.forEach(w -> w.notes().stream().filter(footnotes::containsKey).filter(n -> !placedNotes.contains(n)).forEach(notes::add));
            place(LEADING, notes);
            float x = i == 0 ? firstX : TEXT_X;
            if (i == 0 && marker != null) {
                draw(marker, ROMAN, BODY, markerX, y);
            }
            boolean last = i == wrapped.size() - 1;
            drawWords(line, x, y, last ? 0 : RIGHT - x);
        }
        y += gap();
    }

    private float gap() {
        return options.spaced() ? GAP : 0;
    }

    private void table(List<String> rows) throws IOException {
        y += GAP;
        for (String row : rows) {
            String[] cells = row.split("\t");
            List<List<List<Word>>> wrapped = new ArrayList<>();
            int lines = 0;
            for (int c = 0; c < cells.length && c < COLUMNS.length - 1; c++) {
                boolean italic = cells[c].contains("<i>");
                List<List<Word>> w = wrap(words(plain(cells[c]), italic ? ITALIC : ROMAN, BODY), COLUMNS[c + 1] - COLUMNS[c] - 10);
                wrapped.add(w);
                lines = Math.max(lines, w.size());
            }
            y += GAP;
            for (int i = 0; i < lines; i++) {
                place(LEADING, List.of());
                for (int c = 0; c < wrapped.size(); c++) {
                    if (i < wrapped.get(c).size()) {
                        drawWords(wrapped.get(c).get(i), COLUMNS[c], y, 0);
                    }
                }
            }
        }
        y += GAP;
    }

    // ---- words, lines and pages

    private List<Word> words(String text, PDFont font, float size) {
        List<Word> out = new ArrayList<>();
        for (String token : text.split(" +")) {
            if (token.isEmpty()) {
                continue;
            }
            List<Run> runs = new ArrayList<>();
            Matcher m = SUP_MARK.matcher(token);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    runs.add(new Run(printable(token.substring(at, m.start()), font), false));
                }
                runs.add(new Run(number(m), true));
                at = m.end();
            }
            if (at < token.length()) {
                runs.add(new Run(printable(token.substring(at), font), false));
            }
            out.add(new Word(runs, font, size));
        }
        return out;
    }

    private List<List<Word>> wrap(List<Word> words, float width) {
        return wrap(words, width, width);
    }

    /** Lines of words filled greedily; with hyphenation, a word that does not fit is broken after a hyphen or in two. */
    private List<List<Word>> wrap(List<Word> words, float firstWidth, float width) {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float used = 0;
        float space = textWidth(" ", ROMAN, BODY);
        List<Word> queue = new ArrayList<>(words);
        while (!queue.isEmpty()) {
            Word w = queue.remove(0);
            float available = (lines.isEmpty() ? firstWidth : width) - used - (line.isEmpty() ? 0 : space);
            if (w.width() <= available || line.isEmpty() && !options.hyphenate()) {
                line.add(w);
                used += (line.size() > 1 ? space : 0) + w.width();
                continue;
            }
            Word[] parts = options.hyphenate() ? split(w, available) : null;
            if (parts != null) {
                line.add(parts[0]);
                queue.add(0, parts[1]);
            } else if (line.isEmpty()) {
                line.add(w);
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
                continue;
            } else {
                queue.add(0, w);
            }
            lines.add(line);
            line = new ArrayList<>();
            used = 0;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** A word broken at a line end: after its own hyphen, or (a long lower-case word) in two with a hyphen added. */
    private static Word[] split(Word w, float available) {
        if (w.runs().size() != 1) {
            return null;
        }
        String t = w.runs().get(0).text();
        for (int i = t.length() - 2; i > 1; i--) {
            if (t.charAt(i) == '-' && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                Word head = new Word(List.of(new Run(t.substring(0, i + 1), false)), w.font(), w.size());
                if (head.width() <= available) {
                    return new Word[] {head, new Word(List.of(new Run(t.substring(i + 1), false)), w.font(), w.size())};
                }
            }
        }
        if (t.length() < 10 || !t.chars().allMatch(Character::isLowerCase)) {
            return null;
        }
        for (int i = t.length() - 4; i >= 5; i--) {
            Word head = new Word(List.of(new Run(t.substring(0, i) + "-", false)), w.font(), w.size());
            if (head.width() <= available) {
                return new Word[] {head, new Word(List.of(new Run(t.substring(i), false)), w.font(), w.size())};
            }
        }
        return null;
    }

    /** Makes room for a line (and the footnotes its markers call), on a new page if this one is full. */
    private void place(float height, List<String> notes) throws IOException {
        List<String> after = new ArrayList<>(pageNotes);
        after.addAll(notes);
        if (y + height > BOTTOM - notesHeight(after)) {
            finishPage();
            newPage();
        }
        y += height;
        pageNotes.addAll(notes);
        placedNotes.addAll(notes);
    }

    private float notesHeight(List<String> notes) {
        if (notes.isEmpty()) {
            return 0;
        }
        float h = 14;
        for (String n : notes) {
            h += wrap(words(footnotes.get(n), ROMAN, NOTE), RIGHT - TEXT_X - 10).size() * NOTE_LEADING;
        }
        return h;
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pageNo++;
        y = TOP;
        String job = options.jobNumber();
        if (pageNo == 1) {
            draw(job + " (E)", ROMAN, 8, NUM_X, HEIGHT - 40);
            String barcode = "*" + job.replaceAll("\\D", "") + "*";
            draw(barcode, MONO, 12, RIGHT - textWidth(barcode, MONO, 12), HEIGHT - 40);
            return;
        }
        boolean even = pageNo % 2 == 0;
        if (options.symbol() != null) {
            float w = textWidth(options.symbol(), SANS_BOLD, 9);
            draw(options.symbol(), SANS_BOLD, 9, even ? NUM_X : RIGHT - w, 45);
        }
        String number = String.valueOf(pageNo);
        draw(even ? number : job, SANS_BOLD, 8, NUM_X, HEIGHT - 40);
        String right = even ? job : number;
        draw(right, SANS_BOLD, 8, RIGHT - textWidth(right, SANS_BOLD, 8), HEIGHT - 40);
    }

    private void finishPage() throws IOException {
        if (!pageNotes.isEmpty()) {
            float top = BOTTOM - notesHeight(pageNotes) + 4;
            rule(TEXT_X, TEXT_X + 100, top, 0.5f);
            float ny = top + 4;
            for (String n : pageNotes) {
                boolean first = true;
                for (List<Word> line : wrap(words(footnotes.get(n), ROMAN, NOTE), RIGHT - TEXT_X - 10)) {
                    ny += NOTE_LEADING;
                    if (first) {
                        draw(n, ROMAN, SUP, TEXT_X, ny - RISE);
                        first = false;
                    }
                    drawWords(line, TEXT_X + 10, ny, 0);
                }
            }
            pageNotes.clear();
        }
        cs.close();
    }

    /** Draws words from x on the baseline y; a justified line spreads them to fill {@code width}. */
    private void drawWords(List<Word> line, float x, float baseline, float width) throws IOException {
        float space = textWidth(" ", ROMAN, BODY);
        float extra = 0;
        if (width > 0 && line.size() > 1) {
            float natural = 0;
            for (Word w : line) {
                natural += w.width();
            }
            natural += space * (line.size() - 1);
            extra = Math.max(0, (width - natural) / (line.size() - 1));
        }
        float at = x;
        for (Word w : line) {
            for (Run r : w.runs()) {
                float size = r.sup() ? w.size() * SUP / BODY : w.size();
                draw(r.text(), w.font(), size, at, r.sup() ? baseline - RISE : baseline);
                at += textWidth(r.text(), w.font(), size);
            }
            at += space + extra;
        }
    }

    private void draw(String text, PDFont font, float size, float x, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, HEIGHT - baseline);
        cs.showText(printable(text, font));
        cs.endText();
    }

    private void rule(float x0, float x1, float at, float thickness) throws IOException {
        cs.setLineWidth(thickness);
        cs.moveTo(x0, HEIGHT - at);
        cs.lineTo(x1, HEIGHT - at);
        cs.stroke();
    }

    private static float textWidth(String s, PDFont font, float size) {
        try {
            return font.getStringWidth(printable(s, font)) / 1000 * size;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text with what the font cannot encode replaced by '?'. */
    private static String printable(String s, PDFont font) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            try {
                font.encode(String.valueOf(c));
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        }
        return b.toString();
    }
}
