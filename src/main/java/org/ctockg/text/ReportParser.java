package org.ctockg.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of a report from its text: masthead lines until the first chapter heading
 * or first numbered paragraph, then headings, numbered paragraphs (numbered in sequence, so an
 * agenda's "1." inside paragraph 9 stays part of it), subparagraphs, footnotes (cutting a
 * paragraph in two is undone), table rows. Lines wrapped by the converter are joined; a
 * paragraph that a page break or footnote block interrupted mid-sentence is rejoined.
 */
public final class ReportParser {
    // the closing hashes are cut in code: "(.*?)\\s*#*$" backtracked over long runs of spaces
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern BOLD_LINE = Pattern.compile("^(?:[-*+]\\s+)?\\*\\*(.+?)\\*\\*\\s*$");
    // Each emphasis runs up to the next marker of its kind at most, so a line of markers costs linear time.
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(.+?)\\*\\*|(?<![*\\w])\\*(?!\\s)([^*\\n]+?)\\*(?![*\\w])|(?<!\\w)__([^_\\n]+?)__(?!\\w)");
    private static final Pattern SEPARATOR = Pattern.compile("^(-{3,}|_{3,}|\\*{3,}|(\\* ){2,}\\*)$");
    private static final Pattern CHAPTER = Pattern.compile("^([IVXL]{1,6})\\.\\s+(\\S.*)$");
    private static final Pattern SECTION = Pattern.compile("^([A-Z])\\.\\s+(\\S.*)$");
    private static final Pattern ANNEX = Pattern.compile("^(Annex(es)?|ANNEX(ES)?)(\\s+[IVX0-9]+)?\\.?(\\s.*)?$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(\\S.*)$");
    private static final Pattern SUBPARAGRAPH = Pattern.compile("^(?:[-*+]\\s+)?\\(([a-z]{1,2}|[ivxl]{1,6})\\)\\s+(\\S.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]\\s+|\\d{1,2}\\.\\s+|\\d{1,2}\\)\\s+)(\\S.*)$");
    private static final Pattern FOOTNOTE = Pattern.compile("^" + TextNormalizer.FOOTNOTE_MARK + "(\\d{1,3}) ?(.*)$");
    private static final Pattern PLAIN_FOOTNOTE = Pattern.compile("^(\\d{1,2})\\s+(\\S.*)$");
    // The words that make " 12. " a reference rather than a new paragraph are checked behind the
    // match, so the lookbehind runs only where a number is found, not at every position.
    private static final Pattern INLINE_PARAGRAPH = Pattern.compile(
            " (\\d{1,3})\\. (?=[A-Z\u201c\"(])"
                    + "(?<!\\b(?:article|articles|paragraph|paragraphs|item|items|rule|chapter|annex|No|decision|resolution|of|and|to|in|on|by|page|para|vol) \\d{1,3}\\. )");
    private static final Pattern INLINE_HEADING = Pattern.compile("(?<=[.;:!?\u201d\"](?:" + FootnoteMarkers.OPEN + "\\d{1,3}" + FootnoteMarkers.CLOSE
            + ")?) (?=(?:[IVX]{1,5}|[A-H])\\. [A-Z][a-z])");

    private ReportParser() {
    }

    public static ReportDocument parse(String fileName, String rawText) {
        return new Run(fileName, TextNormalizer.normalize(rawText)).parse();
    }

    /** The state of one pass over a report. */
    private static final class Run {
        private final String fileName;
        private final String[] lines;
        private final List<String> masthead = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private final Map<String, Block> footnotes = new LinkedHashMap<>();
        private final Block[] headingStack = new Block[4];
        private boolean inMasthead = true;
        private boolean inFootnotes;
        private boolean blankBefore;
        private Block current;
        private Block lastParagraph;
        private Block lastBody;
        private int expectedParagraph = 1;
        /** The number of the last item of a numbered list ("1. Organizational matters") inside the current paragraph, or 0. */
        private int listNumber;
        /** A heading came after the last numbered paragraph. */
        private boolean headingSinceParagraph;

        Run(String fileName, String text) {
            this.fileName = fileName;
            this.lines = text.split("\n", -1);
        }

        ReportDocument parse() {
            String ownSymbol = ownSymbol();
            for (int i = 0; i < lines.length; i++) {
                if (!inMasthead && ownSymbol != null && lines[i].strip().equals(ownSymbol)) {
                    continue;
                }
                handle(lines[i], i + 1);
            }
            finish();
            return new ReportDocument(fileName, List.copyOf(masthead), List.copyOf(blocks), Map.copyOf(footnotes));
        }

        /** The report's own symbol, printed alone on a line near the top (and again as a page header). */
        private String ownSymbol() {
            int seen = 0;
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                if (DocumentSymbols.isSymbolLine(line)) {
                    return line.strip();
                }
                if (++seen > 15) {
                    return null;
                }
            }
            return null;
        }

        /**
         * A footnote marker ending a line is set aside while the line is placed (so that "6/4.¹"
         * still ends a sentence and "**Heading**¹" is still a heading), then follows its text.
         */
        private void handle(String raw, int lineNo) {
            int cut = trailingReferences(raw);
            if (cut == raw.length()) {
                handleLine(raw, lineNo);
                return;
            }
            handleLine(raw.substring(0, cut), lineNo);
            if (!inMasthead && current != null) {
                current.buffer().append(raw.substring(cut).replaceAll("\\s+", ""));
            }
        }

        /** Where the footnote references ending a line begin (the line's length when none does); one scan from the end. */
        private static int trailingReferences(String line) {
            int end = line.length();
            int cut = end;
            while (true) {
                while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
                    end--;
                }
                if (end == 0 || line.charAt(end - 1) != FootnoteMarkers.CLOSE) {
                    return cut;
                }
                int open = end - 2;
                while (open >= 0 && open >= end - 5 && Character.isDigit(line.charAt(open))) {
                    open--;
                }
                if (open < 0 || line.charAt(open) != FootnoteMarkers.OPEN || open == end - 2) {
                    return cut;
                }
                end = open;
                cut = open;
            }
        }

        private void handleLine(String raw, int lineNo) {
            String stripped = raw.strip();
            if (stripped.isEmpty()) {
                blankBefore = true;
                return;
            }
            if (PageDebris.isDebris(stripped)) {
                return;
            }
            if (SEPARATOR.matcher(stripped).matches()) {
                inFootnotes = true;
                current = null;
                blankBefore = true;
                return;
            }
            Matcher fn = FOOTNOTE.matcher(stripped);
            if (fn.matches() || (inFootnotes && PLAIN_FOOTNOTE.matcher(stripped).matches() && !inMasthead)) {
                if (!fn.matches()) {
                    fn = PLAIN_FOOTNOTE.matcher(stripped);
                    fn.matches();
                }
                Block f = new Block(BlockKind.FOOTNOTE, fn.group(1), lineNo, 0, null, headings());
                f.buffer().append(clean(fn.group(2)));
                footnotes.putIfAbsent(f.number(), f);
                add(f);
                inFootnotes = true;
                blankBefore = false;
                return;
            }
            if (inFootnotes) {
                if (current != null && current.kind() == BlockKind.FOOTNOTE && !blankBefore) {
                    appendLine(current, clean(stripped));
                    return;
                }
                inFootnotes = false;
            }
            boolean wholeHeading = false;
            String content = stripped;
            Matcher md = MD_HEADING.matcher(content);
            if (md.matches()) {
                content = withoutClosingHashes(md.group(1));
                wholeHeading = true;
            }
            Matcher bold = BOLD_LINE.matcher(content);
            if (bold.matches()) {
                content = bold.group(1).strip();
                wholeHeading = true;
            }
            content = clean(content);
            if (content.isEmpty()) {
                return;
            }
            if (inMasthead) {
                if (isChapter(content) || startsFirstParagraph(content)) {
                    inMasthead = false;
                } else {
                    masthead.add(FootnoteMarkers.withoutReferences(content));
                    blankBefore = false;
                    return;
                }
            }
            if (wholeHeading) {
                Matcher para = NUMBERED.matcher(content);
                if (para.matches() && Integer.parseInt(para.group(1)) == expectedParagraph && content.length() > 200) {
                    classify(content, lineNo);
                } else {
                    heading(content, lineNo);
                }
            } else if (standsAlone(content, lineNo)) {
                heading(content, lineNo);
            } else {
                for (String part : splitFlattened(content)) {
                    classify(part, lineNo);
                }
            }
            blankBefore = false;
        }

        /**
         * An unmarked line standing alone between blank lines, short, without closing punctuation,
         * after a finished sentence: a sub-heading as plain-text converters print it.
         */
        private boolean standsAlone(String content, int lineNo) {
            if (!blankBefore || content.length() > 150 || content.indexOf('\t') >= 0 || endsSentence(content)
                    || content.endsWith(",") || !Character.isUpperCase(content.charAt(0))
                    || NUMBERED.matcher(content).matches() || SUBPARAGRAPH.matcher(content).matches() || LIST_ITEM.matcher(content).matches()) {
                return false;
            }
            boolean nextBlank = lineNo >= lines.length || lines[lineNo].isBlank();
            Block previous = current != null && current.kind() == BlockKind.FOOTNOTE ? lastBody : current;
            return nextBlank && previous != null && (previous.kind() == BlockKind.HEADING || endsSentence(previous.text()));
        }

        private void classify(String content, int lineNo) {
            if (content.indexOf('\t') >= 0) {
                Block row = new Block(BlockKind.TABLE_ROW, null, lineNo, 0, null, headings());
                row.buffer().append(content);
                add(row);
                return;
            }
            Matcher m = NUMBERED.matcher(content);
            if (m.matches() && (Integer.parseInt(m.group(1)) == expectedParagraph || lastParagraph == null && !isHeadingLine(content))
                    && !continuesList(Integer.parseInt(m.group(1)), content)) {
                Block p = new Block(BlockKind.PARAGRAPH, m.group(1), lineNo, 0, null, headings());
                p.buffer().append(m.group(2));
                add(p);
                lastParagraph = p;
                expectedParagraph = Integer.parseInt(m.group(1)) + 1;
                listNumber = 0;
                headingSinceParagraph = false;
                return;
            }
            if (isHeadingLine(content)) {
                heading(content, lineNo);
                return;
            }
            m = SUBPARAGRAPH.matcher(content);
            if (m.matches() && lastParagraph != null) {
                Block sub = new Block(BlockKind.SUBPARAGRAPH, m.group(1), lineNo, 0, lastParagraph, headings());
                sub.buffer().append(m.group(2));
                lastParagraph.parts().add(sub);
                add(sub);
                return;
            }
            m = LIST_ITEM.matcher(content);
            if (m.matches() && current != null && current.kind() != BlockKind.HEADING && current.kind() != BlockKind.TABLE_ROW
                    && !startsNewList(current)) {
                Matcher numbered = NUMBERED.matcher(content);
                if (numbered.matches() && current.kind() == BlockKind.SUBPARAGRAPH && lastParagraph != null) {
                    // "2. Review ..." after "(b) Adoption of the agenda ...": the list's next item, not part of the sub-item
                    Block text = new Block(BlockKind.TEXT, null, lineNo, 0, lastParagraph, headings());
                    text.buffer().append(content);
                    lastParagraph.parts().add(text);
                    add(text);
                } else {
                    current.buffer().append('\n').append(content);
                }
                if (numbered.matches()) {
                    int n = Integer.parseInt(numbered.group(1));
                    listNumber = n == 1 || n == listNumber + 1 ? n : listNumber;
                }
                return;
            }
            Block previous = current != null && current.kind() == BlockKind.FOOTNOTE ? lastBody : current;
            if (previous != null && previous.kind() != BlockKind.TABLE_ROW
                    && ((!blankBefore && previous == current)
                    || (previous.kind() != BlockKind.HEADING && !endsSentence(previous.text())))) {
                appendLine(previous, content);
                current = previous;
                return;
            }
            // text after a heading is not a part of the paragraph before the heading
            Block owner = headingSinceParagraph ? null : lastParagraph;
            Block text = new Block(BlockKind.TEXT, null, lineNo, 0, owner, headings());
            text.buffer().append(content);
            if (owner != null) {
                owner.parts().add(text);
            }
            add(text);
        }

        /**
         * "3. Other matters." right after item 2 of a list inside paragraph 2, on the next line: the
         * list's next item, though it bears the next paragraph's number.
         */
        private boolean continuesList(int number, String content) {
            return listNumber > 0 && number == listNumber + 1 && !blankBefore && content.length() < 300;
        }

        /** A list after a blank line and a finished sentence that announces nothing is a unit of its own. */
        private boolean startsNewList(Block before) {
            if (!blankBefore) {
                return false;
            }
            String t = FootnoteMarkers.withoutReferences(before.text()).strip();
            return endsSentence(t) && !t.endsWith(":") && listNumber == 0;
        }

        private void heading(String content, int lineNo) {
            int level = headingLevel(content);
            Block h = new Block(BlockKind.HEADING, headingNumber(content), lineNo, level, null, headingsAbove(level));
            h.buffer().append(content);
            headingStack[level] = h;
            for (int l = level + 1; l < headingStack.length; l++) {
                headingStack[l] = null;
            }
            if (level == 1) {
                lastParagraph = null;
            }
            listNumber = 0;
            headingSinceParagraph = true;
            add(h);
        }

        private void add(Block b) {
            b.position(blocks.size() + 1);
            blocks.add(b);
            current = b;
            if (b.kind() != BlockKind.FOOTNOTE) {
                lastBody = b;
            }
        }

        private List<Block> headings() {
            return headingsAbove(headingStack.length);
        }

        private List<Block> headingsAbove(int level) {
            List<Block> path = new ArrayList<>();
            for (int l = 1; l < level && l < headingStack.length; l++) {
                if (headingStack[l] != null) {
                    path.add(headingStack[l]);
                }
            }
            return path;
        }

        private boolean startsFirstParagraph(String content) {
            Matcher m = NUMBERED.matcher(content);
            return m.matches() && Integer.parseInt(m.group(1)) == 1 && content.length() > 40;
        }

        /** Undoes a converter's flattening of several paragraphs or headings onto one line. */
        private List<String> splitFlattened(String content) {
            if (content.length() < 120) {
                return List.of(content);
            }
            List<String> parts = new ArrayList<>();
            int expected = expectedParagraph;
            Matcher first = NUMBERED.matcher(content);
            if (first.lookingAt() && (Integer.parseInt(first.group(1)) == expected || lastParagraph == null)) {
                expected = Integer.parseInt(first.group(1)) + 1;
            }
            String rest = content;
            boolean found = true;
            while (found) {
                found = false;
                Matcher m = INLINE_PARAGRAPH.matcher(rest);
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) == expected) {
                        parts.addAll(splitHeadings(rest.substring(0, m.start()).strip()));
                        rest = rest.substring(m.start() + 1);
                        expected++;
                        found = true;
                        break;
                    }
                }
            }
            parts.addAll(splitHeadings(rest));
            return parts;
        }

        private List<String> splitHeadings(String text) {
            String[] pieces = INLINE_HEADING.split(text);
            List<String> out = new ArrayList<>();
            for (String p : pieces) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
            return out;
        }

        private void finish() {
            var numbers = footnotes.keySet();
            for (Block b : blocks) {
                String text = b.text();
                if (b.kind() != BlockKind.FOOTNOTE && b.kind() != BlockKind.TABLE_ROW) {
                    text = FootnoteMarkers.mark(text, numbers);
                }
                List<FootnoteRef> refs = new ArrayList<>();
                String clean = FootnoteMarkers.extract(text, refs);
                if (!clean.equals(b.text())) {
                    b.setText(clean);
                }
                if (b.kind() != BlockKind.FOOTNOTE) {
                    b.footnoteRefs(refs);
                }
            }
        }
    }

    /** "Title ##" is "Title": Markdown's optional closing sequence of a heading. */
    private static String withoutClosingHashes(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && s.charAt(end - 1) == '#') {
            end--;
        }
        return s.substring(0, end).strip();
    }

    static String clean(String s) {
        String t = s;
        if (s.indexOf('*') >= 0 || s.contains("__")) {
            t = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                    m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)));
            t = t.replace("**", "");
        }
        return collapseSpaces(t).strip();
    }

    /** Runs of spaces become one space; tabs, which separate table cells, stay. */
    private static String collapseSpaces(String s) {
        if (!s.contains("  ")) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' || out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void appendLine(Block b, String content) {
        StringBuilder buf = b.buffer();
        if (buf.length() > 0) {
            char last = buf.charAt(buf.length() - 1);
            if (last != '-' && last != '\u2013' && last != '/') {
                buf.append(' ');
            }
        }
        buf.append(content);
    }

    static boolean endsSentence(String text) {
        String t = FootnoteMarkers.withoutReferences(text).strip();
        while (!t.isEmpty() && "\"'\u201d)]*".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".:;!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static boolean isChapter(String content) {
        return (CHAPTER.matcher(content).matches() && content.length() < 300 && !endsWithPeriod(content))
                || ANNEX.matcher(content).matches() && content.length() < 200;
    }

    private static boolean isHeadingLine(String content) {
        if (content.length() >= 300 || endsWithPeriod(content)) {
            return false;
        }
        return CHAPTER.matcher(content).matches() || SECTION.matcher(content).matches()
                || (ANNEX.matcher(content).matches() && content.length() < 200);
    }

    private static boolean endsWithPeriod(String content) {
        String t = FootnoteMarkers.withoutReferences(content).strip();
        return t.endsWith(".") && !t.endsWith("etc.");
    }

    static int headingLevel(String content) {
        if (CHAPTER.matcher(content).matches() || ANNEX.matcher(content).matches()) {
            return 1;
        }
        if (SECTION.matcher(content).matches()) {
            return 2;
        }
        return 3;
    }

    private static String headingNumber(String content) {
        Matcher m = CHAPTER.matcher(content);
        if (m.matches()) {
            return m.group(1);
        }
        m = SECTION.matcher(content);
        return m.matches() ? m.group(1) : null;
    }
}
