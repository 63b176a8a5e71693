package org.ctockg.layout;

import java.util.Random;

/** A byte-order mark before the text, as Windows editors write UTF-8. */
final class ByteOrderMark implements Relayout {
    @Override
    public String apply(String text, Random random) {
        return text.startsWith("\uFEFF") ? text : "\uFEFF" + text;
    }
}
