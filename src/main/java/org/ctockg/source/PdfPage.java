package org.ctockg.source;

import java.util.List;

/** The lines of one PDF page in reading order, and the page's size in points. */
record PdfPage(int number, float width, float height, List<PdfLine> lines) {
}
