package org.ctockg.layout;

import java.util.Random;

/** Tabs as word processors save them: indenting lines and after paragraph numbers and letters. */
final class TabIndents implements Relayout {
    @Override
    public String apply(String text, Random random) {
        String s = text.replaceAll("(?m)^(\\d{1,3}\\.|\\([a-z]{1,4}\\)) ", "$1\t");
        return random.nextBoolean() ? s.replaceAll("(?m)^(?=\\S)(?![#|_\\-*<])", "\t") : s;
    }
}
