package org.ctockg.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lines wrapped at a width from 40 to 120 columns, with words hyphenated at line ends
 * ("Organ-\nized") and compounds broken at their hyphen ("follow-\nup"), as in a justified PDF.
 */
final class WrapHyphenated implements Relayout {
    @Override
    public String apply(String text, Random random) {
        int width = 40 + random.nextInt(81);
        double hyphenate = 0.3 + random.nextDouble() * 0.7;
        List<String> out = new ArrayList<>();
        for (String block : TextBlocks.split(text)) {
            if (TextBlocks.isTable(block) || TextBlocks.isMarkdownHeading(block) || TextBlocks.isSeparator(block) || TextBlocks.hasColumns(block)) {
                out.add(block);
            } else {
                out.add(String.join("\n", TextBlocks.items(block).stream().map(item -> wrap(item, width, hyphenate, random)).toList()));
            }
        }
        return TextBlocks.join(out);
    }

    static String wrap(String paragraph, int width, double hyphenate, Random random) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                String[] split = hyphenation(word, width - line.length() - 1, hyphenate, random);
                if (split != null) {
                    line.append(' ').append(split[0]);
                    word = split[1];
                }
                out.append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).toString();
    }

    /** Where a word may break to fill the room left on a line: {head-, tail}, or null. */
    private static String[] hyphenation(String word, int room, double hyphenate, Random random) {
        if (room < 4 || random.nextDouble() > hyphenate) {
            return null;
        }
        int hyphen = word.indexOf('-');
        if (hyphen >= 2 && hyphen < word.length() - 2 && hyphen + 1 <= room && word.indexOf('/') < 0) {
            return new String[] {word.substring(0, hyphen + 1), word.substring(hyphen + 1)};
        }
        int letters = 0;
        while (letters < word.length() && Character.isLetter(word.charAt(letters))) {
            letters++;
        }
        boolean lowerAfterFirst = letters >= 7 && word.substring(1, letters).chars().allMatch(Character::isLowerCase);
        if (!lowerAfterFirst) {
            return null;
        }
        int cut = Math.min(room - 1, 3 + random.nextInt(letters - 5));
        if (cut < 3 || letters - cut < 3) {
            return null;
        }
        return new String[] {word.substring(0, cut) + "-", word.substring(cut)};
    }
}
