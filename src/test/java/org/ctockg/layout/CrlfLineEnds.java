package org.ctockg.layout;

import java.util.Random;

/** Windows line ends. */
final class CrlfLineEnds implements Relayout {
    @Override
    public String apply(String text, Random random) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
