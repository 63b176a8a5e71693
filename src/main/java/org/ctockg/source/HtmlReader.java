package org.ctockg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Web pages of the UN (decision lists, meeting pages), parsed by jsoup: the page's main content
 * without navigation, scripts and forms, one line per block, blank lines between blocks, table
 * cells separated by tabs, headings marked as in Markdown and footnote markers kept as
 * {@code <sup>} as the text form of reports has them.
 */
final class HtmlReader implements SourceReader {
    private static final String NOT_TEXT = "script, style, noscript, template, nav, form, button, select, svg, iframe, object,"
            + " [role=navigation], [role=search], [aria-hidden=true], [hidden]";
    private static final String MAIN = "main, [role=main], article, #content, #main-content";
    private static final Set<String> BREAKS = Set.of("br");
    private static final Set<String> CELLS = Set.of("td", "th");
    /** Parts of a table between which no blank line goes: its rows follow each other. */
    private static final Set<String> TABLE_PARTS = Set.of("thead", "tbody", "tfoot", "tr", "colgroup", "col");

    @Override
    public SourceText read(byte[] bytes, InputLimits limits, Deadline deadline) throws UnreadableSourceException {
        Document doc;
        try {
            // the charset comes from a byte-order mark or the page's meta element; UTF-8 otherwise
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot read the HTML page: " + e.getMessage());
        }
        doc.select(NOT_TEXT).remove();
        Element main = doc.selectFirst(MAIN);
        if (main == null) {
            doc.select("body > header, body > footer, footer").remove();
            main = doc.body();
        }
        Lines lines = new Lines();
        String title = doc.title().strip();
        if (!title.isEmpty() && main.selectFirst("h1") == null) {
            lines.text("# " + title);
            lines.endBlock();
        }
        main.traverse(lines);
        return new SourceText(lines.toString(), SourceFormat.HTML, 0, List.of());
    }

    /** Writes the text of the visited nodes, block by block. */
    private static final class Lines implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private final Set<Element> boldBlocks = new java.util.HashSet<>();
        private int pre;

        private static boolean isHeadingTag(String name) {
            return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        }

        /** A block whose text is all inside bold elements, with no block inside it. */
        private static boolean isAllBold(Element e) {
            String text = e.text();
            if (text.isBlank() || e.children().stream().anyMatch(c -> c.tag().isBlock())) {
                return false;
            }
            StringBuilder bold = new StringBuilder();
            for (Element b : e.select("b, strong")) {
                if (b.parents().stream().noneMatch(p -> p.normalName().equals("b") || p.normalName().equals("strong"))) {
                    bold.append(b.text());
                }
            }
            return bold.toString().replace(" ", "").equals(text.replace(" ", ""));
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(pre > 0 ? t.getWholeText() : collapse(t.getWholeText()));
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (BREAKS.contains(name)) {
                    endLine();
                } else if (CELLS.contains(name)) {
                    if (e.elementSiblingIndex() > 0) {
                        trimEnd();
                        line.append('\t');
                    }
                } else if (name.equals("sup")) {
                    line.append("<sup>");
                } else if (TABLE_PARTS.contains(name)) {
                    endLine();
                } else if (e.tag().isBlock()) {
                    endBlock();
                    if (isHeadingTag(name)) {
                        line.append("#".repeat(name.charAt(1) - '0')).append(' ');
                    } else if (isAllBold(e)) {
                        // a paragraph all in bold is a heading, as "**...**" on a line of its own is in Markdown
                        line.append("**");
                        boldBlocks.add(e);
                    }
                }
                if (e.tag().preserveWhitespace()) {
                    pre++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("sup")) {
                    line.append("</sup>");
                } else if (TABLE_PARTS.contains(name)) {
                    endLine();
                } else if (e.tag().isBlock() && !CELLS.contains(name)) {
                    if (boldBlocks.remove(e)) {
                        trimEnd();
                        line.append("**");
                    }
                    endBlock();
                }
                if (e.tag().preserveWhitespace()) {
                    pre--;
                }
            }
        }

        /** Text as the text form has it: markup characters escaped, so that only our own tags are tags. */
        void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    endLine();
                } else if (c == ' ' && (line.length() == 0 || line.charAt(line.length() - 1) == ' ')) {
                    continue;
                } else if (c == '&') {
                    line.append("&amp;");
                } else if (c == '<') {
                    line.append("&lt;");
                } else if (c == '>') {
                    line.append("&gt;");
                } else {
                    line.append(c);
                }
            }
        }

        private void trimEnd() {
            while (line.length() > 0 && line.charAt(line.length() - 1) == ' ') {
                line.setLength(line.length() - 1);
            }
        }

        private void endLine() {
            trimEnd();
            String l = line.toString();
            line.setLength(0);
            if (!l.isBlank() && !l.strip().matches("#+")) {
                out.append(l.strip()).append('\n');
            }
        }

        void endBlock() {
            endLine();
            if (out.length() > 0 && !endsWithBlankLine()) {
                out.append('\n');
            }
        }

        private boolean endsWithBlankLine() {
            return out.length() >= 2 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n';
        }

        private static String collapse(String s) {
            StringBuilder b = new StringBuilder(s.length());
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) && c != '\u00a0') {
                    space = true;
                } else {
                    if (space) {
                        b.append(' ');
                        space = false;
                    }
                    b.append(c);
                }
            }
            if (space) {
                b.append(' ');
            }
            return b.toString();
        }

        @Override
        public String toString() {
            endLine();
            return out.toString();
        }
    }
}
