package org.ctockg.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** A text as blocks of lines separated by blank lines, and back; what most relayouts work on. */
final class TextBlocks {
    static final Pattern SEPARATOR = Pattern.compile("^\\s*(-{3,}|_{3,})\\s*$");
    static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s.*");
    static final Pattern FOOTNOTE_OPENING = Pattern.compile("^\\s*(<sup>\\d{1,3}</sup>|\\d{1,2}\\s|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+\\s?\\S).*", Pattern.DOTALL);

    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {3,}\\S");
    private static final Pattern ITEM_START = Pattern.compile("(\\d{1,3}\\.|\\([a-z]{1,4}\\)|[-*\u2022]) ");

    private TextBlocks() {
    }

    static List<String> split(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (current.length() > 0) {
                    blocks.add(current.toString());
                    current.setLength(0);
                }
            } else {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(line);
            }
        }
        if (current.length() > 0) {
            blocks.add(current.toString());
        }
        return blocks;
    }

    /** A block laid out in columns ("United Nations      CTOC/COP/..."), which a converter does not rewrap. */
    static boolean hasColumns(String block) {
        return COLUMN_GAP.matcher(block).find();
    }

    /**
     * The items of a block, each on one line: a line opening with a paragraph number, a letter in
     * parentheses or a bullet starts a new item, and so do a footnote rule and the line after it;
     * the other lines continue the item before (a word hyphenated at a line end is whole again).
     * A block whose lines are already short (a converter's output) keeps each line an item.
     */
    static List<String> items(String block) {
        String[] lines = block.split("\\n");
        boolean wrapped = lines.length > 1 && java.util.Arrays.stream(lines).allMatch(l -> l.length() <= 120);
        List<String> items = new ArrayList<>();
        boolean afterRule = false;
        for (String line : lines) {
            String s = line.strip();
            boolean rule = SEPARATOR.matcher(s).matches();
            if (items.isEmpty() || wrapped || rule || afterRule || ITEM_START.matcher(s).lookingAt()) {
                items.add(s);
            } else {
                String last = items.get(items.size() - 1);
                boolean hyphenated = last.length() > 1 && last.endsWith("-") && Character.isLetter(last.charAt(last.length() - 2));
                items.set(items.size() - 1, last + (hyphenated ? "" : " ") + s);
            }
            afterRule = rule;
        }
        return items;
    }

    static String join(List<String> blocks) {
        return String.join("\n\n", blocks) + "\n";
    }

    static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    static boolean isSeparator(String block) {
        return SEPARATOR.matcher(block).matches();
    }

    static boolean isTable(String block) {
        return block.indexOf('\t') >= 0 || block.startsWith("|");
    }

    static boolean isMarkdownHeading(String block) {
        return MARKDOWN_HEADING.matcher(block).matches() || block.startsWith("**") && block.strip().endsWith("**");
    }

    /** The index of the first block of the body: the first chapter heading or paragraph 1. */
    static int firstBodyBlock(List<String> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String b = plain(blocks.get(i));
            if (b.matches("(?s)^I\\.\\s+\\S.*") || b.matches("(?s)^1\\.\\s+\\S.{40,}")) {
                return i;
            }
        }
        return 0;
    }

    /** A block without its Markdown marks, on one line. */
    static String plain(String block) {
        return block.replaceAll("(?m)^#{1,6}\\s+", "").replace("**", "").replaceAll("\\s*\n\\s*", " ").strip();
    }

    /** The group of footnote blocks that starts with the separator at {@code at}: its end (exclusive). */
    static int footnoteGroupEnd(List<String> blocks, int at) {
        int end = at + 1;
        while (end < blocks.size() && FOOTNOTE_OPENING.matcher(blocks.get(end)).matches()) {
            end++;
        }
        return end;
    }
}
