package org.ctockg.source;

/** A word of a PDF page, in the text form (markup escaped, footnote markers as {@code <sup>}), where and how it is printed. */
record PdfWord(String text, float x0, float x1, float baseline, float size, boolean bold) {
}
