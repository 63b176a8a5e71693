package org.ctockg.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A table of contents before the first chapter, as UN reports print it: each chapter and section
 * heading, long ones wrapped, then dot leaders and the page ("I. Introduction . . . . . . 3").
 */
final class DotLeaders implements Relayout {
    @Override
    public String apply(String text, Random random) {
        List<String> blocks = new ArrayList<>(TextBlocks.split(text));
        int first = TextBlocks.firstBodyBlock(blocks);
        List<String> entries = new ArrayList<>();
        int page = 2 + random.nextInt(2);
        int width = 70 + random.nextInt(30);
        String leader = random.nextBoolean() ? " ." : ".";
        for (int i = first; i < blocks.size(); i++) {
            String plain = TextBlocks.plain(blocks.get(i));
            boolean heading = plain.length() < 200 && !plain.endsWith(".")
                    && (plain.matches("^([IVX]{1,5}|[A-H])\\.\\s+\\S.*") || plain.matches("^Annex(es)?\\b.*"));
            if (heading) {
                entries.addAll(entry(plain, page, width, leader));
            }
            if (i % 4 == 3) {
                page++;
            }
        }
        if (entries.isEmpty() || first == 0) {
            return text;
        }
        List<String> toc = new ArrayList<>();
        toc.add("Contents");
        toc.add(" ".repeat(width - 4) + "Page");
        toc.addAll(entries);
        blocks.add(first, String.join("\n", toc));
        return TextBlocks.join(blocks);
    }

    private static List<String> entry(String heading, int page, int width, String leader) {
        List<String> lines = new ArrayList<>();
        String rest = heading;
        String indent = heading.matches("^[A-H]\\..*") ? "    " : "";
        while (indent.length() + rest.length() > width - 12) {
            int cut = rest.lastIndexOf(' ', width - 14 - indent.length());
            if (cut <= 0) {
                break;
            }
            lines.add(indent + rest.substring(0, cut));
            rest = rest.substring(cut + 1);
            indent = indent + "    ";
        }
        StringBuilder last = new StringBuilder(indent + rest + " ");
        while (last.length() < width - 4) {
            last.append(leader);
        }
        last.append("  ").append(page);
        lines.add(last.toString());
        return lines;
    }
}
