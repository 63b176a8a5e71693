package org.ctockg.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report's text (Markdown or plain, as in {@code data/reports}) as a web page in the
 * form of the UN's: navigation and a footer around the content, headings as h1-h4, paragraphs,
 * masthead lines broken by br, tables, footnote markers as sup, footnotes after an hr, entities
 * for the typographic characters. For the tests of the HTML reader.
 */
final class UnHtmlWriter {
    private UnHtmlWriter() {
    }

    static String write(String text) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report</title>"
                + "<script>var menu = '<p>1. Not text</p>';</script></head>\n<body>\n<nav><a href=\"/\">Home</a> | <a href=\"/search\">Search</a></nav>\n"
                + "<div id=\"content\">\n");
        for (List<String> block : blocks(text)) {
            String first = block.get(0);
            if (first.matches("^(-{3,}|_{3,})$")) {
                h.append("<hr>\n");
            } else if (block.stream().anyMatch(l -> l.contains("\t"))) {
                h.append("<table>\n");
                for (String row : block) {
                    h.append("<tr>");
                    for (String cell : row.split("\t", -1)) {
                        h.append("<td>").append(inline(cell)).append("</td>");
                    }
                    h.append("</tr>\n");
                }
                h.append("</table>\n");
            } else if (first.startsWith("#")) {
                int level = Math.min(4, first.indexOf(' '));
                h.append("<h").append(level).append('>').append(inline(String.join(" ", block).replaceFirst("^#+\\s*", "")))
                        .append("</h").append(level).append(">\n");
            } else {
                h.append("<p>").append(inline(String.join("<br>", block))).append("</p>\n");
            }
        }
        return h.append("</div>\n<footer>&copy; United Nations | <a href=\"/terms\">Terms of use</a></footer>\n</body></html>\n").toString();
    }

    /** Markdown's emphasis as HTML; the tags the text has (sup, i) stay; typographic characters as entities. */
    private static String inline(String s) {
        String t = s.replace("&", "&amp;").replace("<sup>", "\u0002sup\u0003").replace("</sup>", "\u0002/sup\u0003")
                .replace("<i>", "\u0002i\u0003").replace("</i>", "\u0002/i\u0003").replace("<br>", "\u0002br\u0003")
                .replace("<", "&lt;").replace(">", "&gt;").replace('\u0002', '<').replace('\u0003', '>');
        t = t.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>").replaceAll("(?<![\\w*])\\*([^*]+)\\*(?![\\w*])", "<em>$1</em>");
        return t.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;").replace("\u2013", "&ndash;").replace("\u00a0", "&nbsp;");
    }

    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace("\uFEFF", "").split("\n", -1)) {
            if (raw.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(raw.strip());
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }
}
