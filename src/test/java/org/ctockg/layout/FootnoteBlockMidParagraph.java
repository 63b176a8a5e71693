package org.ctockg.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Each block of footnotes (the rule and the footnotes under it) moved into the middle of a
 * paragraph near where it stood, cut at a word, as a page break falls in a PDF.
 */
final class FootnoteBlockMidParagraph implements Relayout {
    @Override
    public String apply(String text, Random random) {
        List<String> blocks = new ArrayList<>(TextBlocks.split(text));
        for (int i = 0; i < blocks.size(); i++) {
            if (!TextBlocks.isSeparator(blocks.get(i))) {
                continue;
            }
            int end = TextBlocks.footnoteGroupEnd(blocks, i);
            if (end == i + 1) {
                continue;
            }
            List<String> group = new ArrayList<>(blocks.subList(i, end));
            blocks.subList(i, end).clear();
            // a paragraph the footnotes had cut in two is whole again
            if (i > 0 && i < blocks.size() && startsLowerCase(blocks.get(i)) && isRunningText(blocks.get(i - 1))) {
                blocks.set(i - 1, blocks.get(i - 1) + " " + blocks.get(i));
                blocks.remove(i);
            }
            int target = target(blocks, i, random);
            if (target < 0) {
                blocks.addAll(Math.min(i, blocks.size()), group);
                i = i + group.size();
                continue;
            }
            String para = blocks.get(target);
            int cut = para.indexOf(' ', 20 + random.nextInt(para.length() - 40));
            if (cut < 0) {
                blocks.addAll(target + 1, group);
                i = target + group.size();
                continue;
            }
            blocks.set(target, para.substring(0, cut));
            blocks.add(target + 1, para.substring(cut + 1));
            blocks.addAll(target + 1, group);
            i = target + group.size() + 1;
        }
        return TextBlocks.join(blocks);
    }

    /** A long paragraph of running text within two blocks of {@code near}, or -1. */
    private static int target(List<String> blocks, int near, Random random) {
        List<Integer> candidates = new ArrayList<>();
        for (int k = Math.max(0, near - 2); k < Math.min(blocks.size(), near + 2); k++) {
            if (isRunningText(blocks.get(k)) && blocks.get(k).length() > 80) {
                candidates.add(k);
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
    }

    private static boolean isRunningText(String block) {
        return !TextBlocks.isTable(block) && !TextBlocks.isMarkdownHeading(block) && !TextBlocks.isSeparator(block)
                && !TextBlocks.FOOTNOTE_OPENING.matcher(block).matches();
    }

    private static boolean startsLowerCase(String block) {
        return !block.isEmpty() && Character.isLowerCase(block.charAt(0));
    }
}
