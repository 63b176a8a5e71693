package org.ctockg.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A whole page on one line, as some converters print it: runs of blocks (masthead, headings,
 * numbered paragraphs running on, the footnotes closing the page) joined by single spaces.
 */
final class JoinLongLines implements Relayout {
    @Override
    public String apply(String text, Random random) {
        List<String> blocks = TextBlocks.split(text);
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        int left = 3 + random.nextInt(12);
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (TextBlocks.isSeparator(block)) {
                int end = TextBlocks.footnoteGroupEnd(blocks, i);
                for (int k = i; k < end; k++) {
                    append(page, blocks.get(k).startsWith("-") ? "__________________" : blocks.get(k));
                }
                i = end - 1;
                left = 0;
            } else {
                append(page, block);
                left--;
            }
            if (left <= 0) {
                pages.add(page.toString());
                page.setLength(0);
                left = 3 + random.nextInt(12);
            }
        }
        if (page.length() > 0) {
            pages.add(page.toString());
        }
        String between = random.nextBoolean() ? "\n\n" : "\n";
        return String.join(between, pages) + "\n";
    }

    private static void append(StringBuilder page, String block) {
        String one = block.replaceAll("(?m)^#{1,6}\\s+", "").replace("**", "").replace('\t', ' ').replaceAll("\\s*\n\\s*", " ").strip();
        if (page.length() > 0) {
            page.append(' ');
        }
        page.append(one);
    }
}
