package org.ctockg.text;

/** What a block of a report's body is. */
public enum BlockKind {
    /** A chapter, section or sub-heading. */
    HEADING,
    /** A numbered paragraph ("12. The Working Group ..."). */
    PARAGRAPH,
    /** A lettered or roman subparagraph ("(a) ...") of a numbered paragraph. */
    SUBPARAGRAPH,
    /** Unnumbered running text (a second paragraph of a numbered one, a caption, an annex title). */
    TEXT,
    /** A footnote, numbered. */
    FOOTNOTE,
    /** A row of a table, cells split at tabs. */
    TABLE_ROW;

    /** Whether blocks of this kind are the report's prose (paragraphs and running text), not headings, footnotes or tables. */
    public boolean isProse() {
        return this == PARAGRAPH || this == SUBPARAGRAPH || this == TEXT;
    }
}
