package org.ctockg.layout;

import java.util.Random;

/** The text as a plain-text converter prints it: no heading marks, bold, links, italics, tags; rules as underscores. */
final class StripMarkdown implements Relayout {
    @Override
    public String apply(String text, Random random) {
        String s = text.replaceAll("(?m)^#{1,6}\\s+", "")
                .replace("**", "")
                .replaceAll("</?i>", "")
                .replaceAll("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)", "$1")
                .replaceAll("(?m)^---+[ \\t]*$", "__________________")
                .replaceAll("(?m)^<sup>(\\d{1,3})</sup>\\s*", "$1 ")
                .replaceAll("<sup>(\\d{1,3})</sup>", "$1")
                .replaceAll("(?m)[ \\t]+$", "");
        return s;
    }
}
