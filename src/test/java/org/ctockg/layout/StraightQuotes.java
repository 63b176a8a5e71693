package org.ctockg.layout;

import java.util.Random;

/** Typographic quotes and apostrophes printed as straight ones, as plain-text converters do. */
final class StraightQuotes implements Relayout {
    @Override
    public String apply(String text, Random random) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }
}
