package org.ctockg.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Body text as {@code pdftotext -layout} prints an A4 report: a left margin, paragraph numbers
 * hanging before an indented text, lines justified by extra spaces between words.
 */
final class PdftotextLayout implements Relayout {
    private static final Pattern LABEL = Pattern.compile("^(\\d{1,3}\\.|\\([a-z]{1,4}\\))\\s+(.*)$", Pattern.DOTALL);

    @Override
    public String apply(String text, Random random) {
        int margin = 4 + random.nextInt(12);
        int width = 70 + random.nextInt(20);
        List<String> out = new ArrayList<>();
        for (String block : TextBlocks.split(text)) {
            if (TextBlocks.isTable(block) || TextBlocks.isSeparator(block) || TextBlocks.hasColumns(block)) {
                out.add(block);
                continue;
            }
            boolean heading = TextBlocks.isMarkdownHeading(block);
            List<String> items = heading ? List.of(TextBlocks.plain(block)) : TextBlocks.items(block);
            List<String> laidOut = new ArrayList<>();
            for (String item : items) {
                laidOut.add(item(item, heading, margin, width, random));
            }
            out.add(String.join("\n", laidOut));
        }
        return TextBlocks.join(out);
    }

    /** One paragraph, subparagraph or heading: indented, its number hanging in the margin, justified. */
    private static String item(String text, boolean heading, int margin, int width, Random random) {
        Matcher label = LABEL.matcher(text);
        String hang = "";
        String plain = text;
        if (label.matches() && !heading) {
            hang = label.group(1);
            plain = label.group(2);
        }
        String indent = " ".repeat(margin + 7);
        List<String> lines = WrapHyphenated.wrap(plain, width - indent.length(), 0, random).lines().toList();
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            String line = k < lines.size() - 1 && !heading ? justify(lines.get(k), width - indent.length()) : lines.get(k);
            String lead = k == 0 && !hang.isEmpty() ? " ".repeat(margin) + hang + " ".repeat(Math.max(1, 7 - hang.length())) : indent;
            b.append(heading ? " ".repeat(margin) : lead).append(line).append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static String justify(String line, int width) {
        String[] words = line.split(" ");
        if (words.length < 2) {
            return line;
        }
        int spaces = width - line.length() + words.length - 1;
        StringBuilder b = new StringBuilder(words[0]);
        for (int k = 1; k < words.length; k++) {
            int gap = spaces / (words.length - 1) + (k <= spaces % (words.length - 1) ? 1 : 0);
            b.append(" ".repeat(Math.max(1, gap))).append(words[k]);
        }
        return b.toString();
    }
}
