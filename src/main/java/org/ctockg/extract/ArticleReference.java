package org.ctockg.extract;

import org.ctockg.reference.InstrumentEntry;
import org.ctockg.text.Block;

/**
 * An article of an instrument named in a text unit, at {@code start..end} of it, with the
 * paragraph named (null when the whole article is).
 */
record ArticleReference(Block unit, int start, int end, InstrumentEntry instrument, String article, String paragraph) {
}
