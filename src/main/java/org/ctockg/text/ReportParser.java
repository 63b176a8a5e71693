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
    /** A paragraph number, letter or bullet followed by a tab: the tab is a space, not a table cell. */
    private static final Pattern LABEL_TAB = Pattern.compile("^(\\d{1,3}\\.|\\(?[a-z]{1,2}\\)|\\([ivxl]{1,6}\\)|[IVXL]{1,6}\\.|[A-Z]\\.|[-*+\u2022])\\t+");
    /** Dot leaders and the page number closing an entry of a table of contents. */
    static final Pattern DOT_LEADERS = Pattern.compile("(?:(?:\\s\\.){3,}|\\s?\\.{5,})\\s*\\d{0,4}\\s*$");
    private static final Pattern FOOTNOTE = Pattern.compile("^" + TextNormalizer.FOOTNOTE_MARK + "(\\d{1,3}) ?(.*)$");
    private static final Pattern PLAIN_FOOTNOTE = Pattern.compile("^(\\d{1,2}|\\*{1,3})\\s+(\\S.*)$");
    private static final Pattern STRAY_FOOTNOTE_MARK = Pattern.compile(TextNormalizer.FOOTNOTE_MARK + "\\d{1,3} ?");
    // The words that make " 12. " a reference rather than a new paragraph are checked behind the
    // match, so the lookbehind runs only where a number is found, not at every position.
    private static final Pattern INLINE_PARAGRAPH = Pattern.compile(
            " (\\d{1,3})\\. (?=[A-Z\u201c\"(])"
                    + "(?<!\\b(?:article|articles|paragraph|paragraphs|item|items|rule|chapter|annex|No|decision|resolution|of|and|to|in|on|by|page|para|vol) \\d{1,3}\\. )");
    /** The end of a sentence, a footnote marker glued to it included. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.;:!?][\"\u201d)]?\\d{0,2}(?=\\s)");
    private static final Pattern HEADING_TAIL = Pattern.compile("\\p{Lu}[^.;:!?()\\d]{2,300}");
    /** A chapter or section number just before a heading tail ("... A. Status of responses"). */
    private static final Pattern HEADING_LABEL = Pattern.compile("(?:^|\\s)((?:[IVX]{1,5}|[A-H])\\.)$");
    private static final Pattern INLINE_FIRST_PARAGRAPH = Pattern.compile("\\S[ \\t]+1\\.[ \\t]+\\p{Lu}");
    private static final Pattern UNITED_NATIONS_SYMBOL = Pattern.compile("(?:\\d{1,3}\\s+)?United Nations\\s+([A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,12})(?=\\s|\\*|$)");
    /** A chapter heading inside a flattened text ("... II. Introduction"). */
    private static final Pattern CHAPTER_INSIDE = Pattern.compile("(?:^|\\s)[IVX]{1,5}\\.\\s+\\p{Lu}\\p{Ll}");
    /** "Resolution 5/1 Title of the resolution" before the preamble "The Conference of the ...". */
    private static final Pattern INLINE_ACT_HEADING = Pattern.compile(
            "((?:Resolution|Decision)\\s+\\d{1,2}/\\d{1,3}\\.?\\s+\\p{Lu}[^.;:]{2,250}?)(?=\\s+The\\s+Conference\\s+of\\s+the\\b|\\s*$)");
    private static final Pattern HYPHEN_SPACE_CAPITAL = Pattern.compile("(?<=\\p{L})- (?=\\p{Lu}\\p{Ll})");
    private static final Pattern ACT_LABEL = Pattern.compile("(?:Resolution|Decision)\\s+\\d{1,2}/\\d{1,3}\\.?");
    private static final Pattern ACT_LABEL_START = Pattern.compile("(?:Resolution|Decision)\\s+\\d{1,2}/\\d{1,3}\\b");
    private static final Pattern DANGLING_NUMBER = Pattern.compile("\\s(\\d{1,3})\\.$");
    private static final Pattern HEADING_LABEL_START = Pattern.compile("(?:[IVX]{1,5}|[A-H])\\.\\s");
    private static final Pattern LIST_OPENING = Pattern.compile(":\\s+(\\(a\\))\\s+\\p{Lu}");
    /** A title before a name ("chaired by Ms."): the sentence goes on with the name. */
    private static final Pattern TITLE_BEFORE_NAME = Pattern.compile("(?<![\\p{L}.])(?:Mr|Ms|Mrs|Dr|H\\.E)\\.$");
    /** A chapter or section number alone on a line: a page break cut it from its heading. */
    private static final Pattern LONE_LABEL = Pattern.compile("^(?:[IVX]{1,5}|[A-H])\\.$");
    private static final Pattern LIST_ITEM_START = Pattern.compile("\\(([a-y])\\)\\s+\\p{Lu}");
    private static final Pattern INLINE_HEADING = Pattern.compile("(?<=[.;:!?\u201d\"](?:" + FootnoteMarkers.OPEN + "\\d{1,3}" + FootnoteMarkers.CLOSE
            + ")?) (?=(?:[IVX]{1,5}|[A-H])\\. [A-Z][a-z]|Annex(?:es)?\\b)");

    private ReportParser() {
    }

    public static ReportDocument parse(String fileName, String rawText) {
        String text = TextNormalizer.normalize(rawText);
        ReportDocument doc = new Run(fileName, text, -1).parse();
        if (doc.blocks(BlockKind.PARAGRAPH).noneMatch(p -> "1".equals(p.number())) && INLINE_FIRST_PARAGRAPH.matcher(text).find()) {
            // pages run on and then wrapped: paragraph 1 starts inside a line; read each run of lines as one
            ReportDocument unwrapped = new Run(fileName, unwrap(text), -1).parse();
            if (unwrapped.blocks(BlockKind.PARAGRAPH).anyMatch(p -> "1".equals(p.number()))) {
                return unwrapped;
            }
        }
        if (doc.blocks().isEmpty() && doc.masthead().size() > 1) {
            // no chapter and no paragraph 1 (a web page, a list of decisions): the text starts at its first sentence
            int from = firstSentenceLine(text);
            if (from >= 0) {
                doc = new Run(fileName, text, from).parse();
            }
        }
        return doc;
    }

    /** Each run of non-blank lines joined into its first line; the lines it took are left empty, so line numbers stay. */
    private static String unwrap(String text) {
        String[] lines = text.split("\n", -1);
        LineBreaks breaks = new LineBreaks(text);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                out.append(lines[i++]).append('\n');
                continue;
            }
            StringBuilder run = new StringBuilder(lines[i].strip());
            int j = i + 1;
            while (j < lines.length && !lines[j].isBlank()) {
                breaks.append(run, lines[j].strip());
                j++;
            }
            out.append(run).append('\n');
            out.append("\n".repeat(j - i - 1));
            i = j;
        }
        return out.toString();
    }

    /** The first line of running text: a long line ending a sentence, after the masthead's "Distr." and "Original:" lines. */
    private static int firstSentenceLine(String text) {
        String[] lines = text.split("\n", -1);
        int from = 0;
        for (int i = 0; i < Math.min(lines.length, 60); i++) {
            if (lines[i].contains("Distr.") || lines[i].contains("Original:")) {
                from = i + 1;
            }
        }
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.length() >= 60 && endsSentence(line)) {
                return i;
            }
        }
        return -1;
    }

    /** The state of one pass over a report. */
    private static final class Run {
        private final String fileName;
        private final String[] lines;
        private final LineBreaks breaks;
        private String ownSymbol;
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
        /** The number of a paragraph whose text a page break sent to the next line, or null. */
        private String pendingNumber;
        /** A paragraph number ending the line being read, to become pending when its pieces are read. */
        private String danglingNumber;
        /** A chapter or section number whose heading a page break sent to a later line, or null. */
        private String pendingLabel;
        /** The line before closed an entry of a table of contents: nothing runs on from it. */
        private boolean entryClosed;
        /** The line (from 0) where the body starts when the text has neither chapters nor paragraph 1, else -1. */
        private final int bodyFrom;
        /** The number of the last item of a numbered list ("1. Organizational matters") inside the current paragraph, or 0. */
        private int listNumber;
        /** A heading came after the last numbered paragraph. */
        private boolean headingSinceParagraph;

        Run(String fileName, String text, int bodyFrom) {
            this.fileName = fileName;
            this.bodyFrom = bodyFrom;
            this.lines = text.split("\n", -1);
            this.breaks = new LineBreaks(text);
        }

        ReportDocument parse() {
            ownSymbol = ownSymbol();
            boolean[] headers = PageDebris.runningHeaders(lines, ownSymbol);
            for (int i = 0; i < lines.length; i++) {
                if (!inMasthead && headers[i]) {
                    continue;
                }
                if (!FlattenedPage.isFlattened(lines[i])) {
                    handle(lines[i], i + 1);
                } else {
                    if (lines[i].length() >= FlattenedPage.LONG) {
                        blankBefore = true; // a page printed on one line starts there
                    }
                    for (String part : FlattenedPage.split(lines[i])) {
                        handle(part, i + 1);
                    }
                    if (lines[i].length() >= FlattenedPage.LONG) {
                        blankBefore = true; // a page printed on one line ends there
                    }

                }
            }
            finish();
            return new ReportDocument(fileName, List.copyOf(masthead), List.copyOf(blocks), Map.copyOf(footnotes));
        }

        /** The report's own symbol, printed alone on a line near the top or after "United Nations" (and again as a page header). */
        private String ownSymbol() {
            int seen = 0;
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                if (DocumentSymbols.isSymbolLine(line)) {
                    return line.strip();
                }
                Matcher un = UNITED_NATIONS_SYMBOL.matcher(line.strip());
                if (un.lookingAt()) {
                    return un.group(1);
                }
                if (++seen > 15) {
                    return null;
                }
            }
            return null;
        }

        /** A line; an entry of a table of contents loses its dot leaders and page, and ends where its line ends. */
        private void handle(String raw, int lineNo) {
            Matcher leaders = DOT_LEADERS.matcher(raw);
            boolean entry = (raw.contains(". .") || raw.contains(".....")) && leaders.find();
            handleReferences(entry ? raw.substring(0, leaders.start()) : raw, lineNo);
            entryClosed = entry;
            if (entry) {
                blankBefore = true;
            }
        }

        /**
         * A footnote marker ending a line is set aside while the line is placed (so that "6/4.¹"
         * still ends a sentence and "**Heading**¹" is still a heading), then follows its text.
         */
        private void handleReferences(String raw, int lineNo) {
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
            if (stripped.indexOf('\t') >= 0) {
                stripped = LABEL_TAB.matcher(stripped).replaceFirst("$1 ");
            }
            if (stripped.isEmpty()) {
                blankBefore = true;
                return;
            }
            if (PageDebris.isDebris(stripped)) {
                return;
            }
            if (!inMasthead && ownSymbol != null && stripped.startsWith(ownSymbol + " ")) {
                stripped = stripped.substring(ownSymbol.length()).strip(); // the running header of a page run into its first line
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
                // a footnote that a page break cut goes on in lower case after the footer
                if (current != null && current.kind() == BlockKind.FOOTNOTE
                        && (!blankBefore || !endsSentence(current.text()) && Character.isLowerCase(stripped.charAt(0)))) {
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
            if (pendingLabel != null) {
                content = pendingLabel + " " + content;
                pendingLabel = null;
            } else if (!inMasthead && !wholeHeading && LONE_LABEL.matcher(content).matches()) {
                pendingLabel = content;
                return;
            }
            if (inMasthead) {
                int body = content.length() >= FlattenedPage.LONG ? FlattenedPage.bodyStart(content) : -1;
                if (isChapter(content) || startsFirstParagraph(content) || bodyFrom >= 0 && lineNo > bodyFrom) {
                    inMasthead = false;
                } else if (body >= 0) {
                    // a page printed on one line: the masthead, then the first chapter or paragraph
                    if (body > 0) {
                        masthead.add(content.substring(0, body).strip());
                    }
                    inMasthead = false;
                    content = content.substring(body).strip();
                } else if (!masthead.isEmpty() && LineBreaks.endsHyphenated(masthead.get(masthead.size() - 1))) {
                    StringBuilder joined = new StringBuilder(masthead.remove(masthead.size() - 1));
                    breaks.append(joined, content);
                    masthead.add(joined.toString());
                    blankBefore = false;
                    return;
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
                for (Part part : splitFlattened(content)) {
                    if (part.heading()) {
                        heading(part.text(), lineNo);
                    } else {
                        classify(part.text(), lineNo);
                    }
                }
                pendingNumber = danglingNumber;
                danglingNumber = null;
            }
            blankBefore = false;
        }

        /**
         * An unmarked line standing alone between blank lines, short, without closing punctuation,
         * after a finished sentence: a sub-heading as plain-text converters print it.
         */
        private boolean standsAlone(String content, int lineNo) {
            if (!blankBefore || content.length() > 150 || content.indexOf('\t') >= 0 || endsSentence(content)
                    || content.contains(" " + expectedParagraph + ". ")
                    || content.endsWith(",") || !Character.isUpperCase(content.charAt(0))
                    || NUMBERED.matcher(content).matches() || SUBPARAGRAPH.matcher(content).matches() || LIST_ITEM.matcher(content).matches()) {
                return false;
            }
            boolean nextBlank = lineNo >= lines.length || lines[lineNo].isBlank();
            Block previous = current != null && current.kind() == BlockKind.FOOTNOTE ? lastBody : current;
            return nextBlank && previous != null
                    && (previous.kind() == BlockKind.HEADING || endsSentence(previous.text()) && !announcesList(previous.text()));
        }

        private void classify(String line, int lineNo) {
            String content = line;
            if (pendingNumber != null) {
                if (!NUMBERED.matcher(content).matches() && !isHeadingLine(content) && Character.isUpperCase(content.charAt(0))) {
                    content = pendingNumber + ". " + content;
                }
                pendingNumber = null;
            }
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
            boolean actTextStarts = previous != null && previous.kind() == BlockKind.HEADING && ACT_LABEL_START.matcher(previous.text()).lookingAt()
                    && content.startsWith("The Conference");
            if (previous != null && previous.kind() != BlockKind.TABLE_ROW && !entryClosed && !actTextStarts
                    && ((!blankBefore && previous == current) || continuesHeading(previous, content)
                    || (previous.kind() != BlockKind.HEADING && (!endsSentence(previous.text()) || announcesList(previous.text()))))) {
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
         * The rest of a heading that a page break cut ("C. Identification ... of proceeds of crime"
         * / page footer / "(article 6)"): nothing came between, the heading ends no sentence, and the
         * line goes on in lower case or with a parenthesis, as no paragraph or heading starts.
         */
        private boolean continuesHeading(Block previous, String content) {
            if (content.isEmpty() || previous != current || previous.kind() != BlockKind.HEADING || content.length() > 150
                    || endsSentence(previous.text())) {
                return false;
            }
            char c = content.charAt(0);
            return Character.isLowerCase(c) || c == '(' && !SUBPARAGRAPH.matcher(content).matches();
        }

        private void appendLine(Block b, String content) {
            breaks.append(b.buffer(), content);
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

        /**
         * Undoes a converter's flattening of several paragraphs or headings onto one line: cuts
         * before each paragraph number in sequence, before a chapter or section heading after a
         * sentence, and before each lettered subparagraph of a list opened by a colon. Words left
         * after the last sentence before a paragraph number are a heading (a sub-heading such as a
         * working group's name, run into the text).
         */
        private List<Part> splitFlattened(String content) {
            if (content.length() < 120 && !HEADING_LABEL_START.matcher(content).lookingAt() && !content.contains(" " + expectedParagraph + ". ")) {
                return List.of(new Part(content, false));
            }
            List<Part> parts = new ArrayList<>();
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
                    int number = Integer.parseInt(m.group(1));
                    // after a chapter heading, the report's paragraphs may start again at 1 (after the texts of resolutions)
                    if (number == expected || number == 1 && CHAPTER_INSIDE.matcher(rest.substring(0, m.start())).find()) {
                        expected = number;
                        String before = rest.substring(0, m.start()).strip();
                        int tail = headingTail(before);
                        addPieces(parts, tail < 0 ? before : before.substring(0, tail).strip());
                        if (tail >= 0) {
                            parts.add(new Part(before.substring(tail).strip(), true));
                        }
                        rest = rest.substring(m.start() + 1);
                        expected++;
                        found = true;
                        break;
                    }
                }
            }
            Matcher dangling = DANGLING_NUMBER.matcher(rest);
            if (dangling.find() && Integer.parseInt(dangling.group(1)) == expected) {
                // a page broke between a paragraph's number and its text
                rest = rest.substring(0, dangling.start());
                danglingNumber = dangling.group(1);
            }
            addPieces(parts, rest);
            return parts;
        }

        private void addPieces(List<Part> parts, String text) {
            for (String p : INLINE_HEADING.split(text)) {
                // a page number left before a paragraph's number ("5 14. With the Chair ...") is no text
                if (!p.isBlank() && !PageDebris.isDebris(p.strip())) {
                    for (String piece : actHeadings(p.strip(), parts)) {
                        for (String item : splitSubparagraphs(piece, nextLetter(parts))) {
                            parts.add(new Part(item, false));
                        }
                    }
                }
            }
        }

        /**
         * The text of an act a session report reproduces, run into the text: "Resolution 5/1 Title
         * The Conference of the Parties ..." gets its heading ("Resolution 5/1 Title") as a part of
         * its own; the pieces around it are returned.
         */
        private List<String> actHeadings(String text, List<Part> parts) {
            Matcher act = INLINE_ACT_HEADING.matcher(text);
            if (!act.find()) {
                return List.of(text);
            }
            List<String> out = new ArrayList<>();
            int start = 0;
            do {
                String before = text.substring(start, act.start()).strip();
                if (!before.isEmpty()) {
                    out.add(before);
                }
                for (String piece : out) {
                    for (String item : splitSubparagraphs(piece, nextLetter(parts))) {
                        parts.add(new Part(item, false));
                    }
                }
                out.clear();
                parts.add(new Part(act.group(1).strip(), true));
                start = act.end(1);
            } while (act.find());
            out.add(text.substring(start).strip());
            return out;
        }

        /** The letter the next item of a list run into the text would have, or 0 when no list is open. */
        private char nextLetter(List<Part> parts) {
            for (int k = parts.size() - 1; k >= 0; k--) {
                Matcher sub = SUBPARAGRAPH.matcher(parts.get(k).text());
                if (sub.matches() && sub.group(1).length() == 1) {
                    return (char) (sub.group(1).charAt(0) + 1);
                }
                if (!parts.get(k).text().isEmpty()) {
                    return 0;
                }
            }
            if (parts.isEmpty() && current != null && current.kind() == BlockKind.SUBPARAGRAPH && current.number().length() == 1) {
                return (char) (current.number().charAt(0) + 1);
            }
            return 0;
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

    /** A piece of a flattened line, and whether it is a heading. */
    private record Part(String text, boolean heading) {
    }

    /**
     * Where a heading run into the end of a text starts: the words after its last sentence, when
     * they are short, capitalised and unpunctuated; -1 when there are none.
     */
    static int headingTail(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        int at = -1;
        while (end.find()) {
            at = end.end();
        }
        if (at < 0 || at >= text.length()) {
            return -1;
        }
        String tail = text.substring(at).strip();
        if (!HEADING_TAIL.matcher(tail).matches()) {
            return -1;
        }
        Matcher label = HEADING_LABEL.matcher(text.substring(0, at));
        return label.find() ? label.start(1) : text.indexOf(tail, at);
    }

    /**
     * A list run into its paragraph ("...: (a) States should ...; (b) UNODC ...") as one piece per
     * item; {@code next} is the letter of the next item when a list opened before the text.
     */
    static List<String> splitSubparagraphs(String text, char next) {
        List<String> out = new ArrayList<>();
        int start;
        char letter;
        Matcher open = LIST_OPENING.matcher(text);
        Matcher own = LIST_ITEM_START.matcher(text);
        if (open.find()) {
            out.add(text.substring(0, open.start() + 1).strip());
            start = open.start(1);
            letter = 'b';
        } else if (own.lookingAt()) {
            // a line that starts with an item ("(d) Build ...; (e) Assist ...") after a page break or footnotes
            start = 0;
            letter = (char) (own.group(1).charAt(0) + 1);
        } else if (next >= 'b' && next <= 'z') {
            start = 0;
            letter = next;
        } else {
            return List.of(text);
        }
        for (; letter <= 'z'; letter++) {
            Matcher item = Pattern.compile("[;.]\\s+(?:and\\s+|or\\s+)?(\\(" + letter + "\\)\\s+\\p{Lu})").matcher(text);
            if (!item.find(start)) {
                break;
            }
            if (item.start(1) > start) {
                out.add(text.substring(start, item.start(1)).strip());
            }
            start = item.start(1);
        }
        out.add(text.substring(start).strip());
        return out;
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
        String t = s.indexOf(TextNormalizer.FOOTNOTE_MARK.charAt(0)) > 0 ? STRAY_FOOTNOTE_MARK.matcher(s).replaceAll("") : s;
        if (t.indexOf('*') >= 0 || t.contains("__")) {
            t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                    m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)));
            t = t.replace("**", "");
        }
        t = collapseSpaces(t).strip();
        // "Arias- Torres", "Asia- Pacific": a word broken at its hyphen where a converter joined lines with a space
        return t.indexOf("- ") > 0 ? HYPHEN_SPACE_CAPITAL.matcher(t).replaceAll("-") : t;
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

    /** A text ending in a colon goes on in what follows it (the list of States a page break cut off). */
    private static boolean announcesList(String text) {
        return text.endsWith(":");
    }

    static boolean endsSentence(String text) {
        String t = FootnoteMarkers.withoutReferences(text).strip();
        while (!t.isEmpty() && "\"'\u201d)]*".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".:;!?".indexOf(t.charAt(t.length() - 1)) >= 0 && !TITLE_BEFORE_NAME.matcher(t).find();
    }

    static boolean isChapter(String content) {
        return (CHAPTER.matcher(content).matches() && content.length() < 300 && !endsWithPeriod(content))
                || ANNEX.matcher(content).matches() && content.length() < 200;
    }

    private static boolean isHeadingLine(String content) {
        if (ACT_LABEL.matcher(content).matches()) {
            return true; // "Resolution 5/1" over the text of a resolution a report reproduces
        }
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
