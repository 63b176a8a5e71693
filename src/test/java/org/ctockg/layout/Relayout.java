package org.ctockg.layout;

import java.util.Random;

/**
 * One way a converter may lay out a report's text that must not change what is read from it:
 * the words stay, their places on the page and the marks around them change.
 */
interface Relayout {
    /** The text laid out anew; the same random numbers give the same text. */
    String apply(String text, Random random);

    default String name() {
        return getClass().getSimpleName();
    }
}
