package org.ctockg.text;

/**
 * A footnote marker in a block's text: the footnote's number and the offset in the block's text
 * where the marker stood, right after the words the footnote qualifies.
 */
public record FootnoteRef(String number, int offset) {
}
