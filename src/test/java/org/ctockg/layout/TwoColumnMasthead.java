package org.ctockg.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The masthead as {@code pdftotext -layout} prints the first page: the body's name wrapped in the
 * left column, "Distr.: General", the date and "Original: English" to its right on the same lines.
 */
final class TwoColumnMasthead implements Relayout {
    @Override
    public String apply(String text, Random random) {
        List<String> blocks = new ArrayList<>(TextBlocks.split(text));
        int first = TextBlocks.firstBodyBlock(blocks);
        List<String> right = new ArrayList<>();
        int name = -1;
        for (int i = 0; i < first; i++) {
            String plain = TextBlocks.plain(blocks.get(i));
            if (plain.matches("(?s)(Distr\\.|Original:|\\d{1,2} \\p{L}+ \\d{4}$).*") && plain.length() < 60) {
                for (String line : plain.split("(?<=General|Limited)\\s+")) {
                    right.add(line.strip());
                }
                blocks.set(i, "");
            } else if (name < 0 && plain.startsWith("Conference of the")) {
                name = i;
            }
        }
        if (name < 0 || right.isEmpty()) {
            return text;
        }
        int columnWidth = 32 + random.nextInt(14);
        List<String> left = new ArrayList<>();
        left.add("United Nations");
        left.addAll(WrapHyphenated.wrap(TextBlocks.plain(blocks.get(name)), columnWidth, 0, random).lines().toList());
        int gap = columnWidth + 6 + random.nextInt(20);
        StringBuilder masthead = new StringBuilder();
        for (int k = 0; k < Math.max(left.size(), right.size() + 1); k++) {
            String l = k < left.size() ? left.get(k) : "";
            String r = k >= 1 && k - 1 < right.size() ? right.get(k - 1) : "";
            masthead.append(r.isEmpty() ? l : l + " ".repeat(Math.max(3, gap - l.length())) + r).append('\n');
        }
        blocks.set(name, masthead.toString().stripTrailing());
        blocks.removeIf(String::isEmpty);
        return TextBlocks.join(blocks);
    }
}
