package org.ctockg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One unit of a report's body: a heading, a numbered paragraph, a subparagraph, a footnote, a
 * table row. Knows the line it starts on, its place among the blocks, the headings it stands
 * under and, for a subparagraph or continuation, the numbered paragraph it belongs to.
 */
public final class Block {
    private final BlockKind kind;
    private final String number;
    private final int line;
    private final int level;
    private final Block paragraph;
    private final List<Block> headings;
    private final List<Block> parts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    // Every recogniser reads the text and its sentences: built once, after parsing is done.
    private String frozenText;
    private List<Sentences.Sentence> sentences;
    private int position;
    private List<FootnoteRef> footnoteRefs = List.of();

    Block(BlockKind kind, String number, int line, int level, Block paragraph, List<Block> headings) {
        this.kind = kind;
        this.number = number;
        this.line = line;
        this.level = level;
        this.paragraph = paragraph;
        this.headings = List.copyOf(headings);
    }

    public BlockKind kind() {
        return kind;
    }

    /** The paragraph number ("12"), subparagraph letter ("a"), footnote number, or null. */
    public String number() {
        return number;
    }

    /** The line of the source file this block starts on, from 1. */
    public int line() {
        return line;
    }

    /** For headings: 1 chapter (or annex), 2 lettered section, 3 any sub-heading. */
    public int level() {
        return level;
    }

    /** Order of the block in the report, from 1. */
    public int position() {
        return position;
    }

    void position(int p) {
        this.position = p;
    }

    /** The numbered paragraph a subparagraph or continuation text belongs to, or null. */
    public Block paragraph() {
        return paragraph;
    }

    /** The headings this block stands under, outermost first. */
    public List<Block> headings() {
        return headings;
    }

    /** The innermost heading above this block, or null. */
    public Block heading() {
        return headings.isEmpty() ? null : headings.get(headings.size() - 1);
    }

    /** Subparagraphs and continuation texts of a numbered paragraph. */
    public List<Block> parts() {
        return parts;
    }

    public String text() {
        if (frozenText == null) {
            frozenText = text.toString();
        }
        return frozenText;
    }

    /** The sentences of {@link #text()}. */
    public List<Sentences.Sentence> sentences() {
        if (sentences == null) {
            sentences = Sentences.split(text());
        }
        return sentences;
    }

    /** The block's text with that of its subparagraphs and continuations. */
    public String fullText() {
        if (parts.isEmpty()) {
            return text();
        }
        StringBuilder b = new StringBuilder(text);
        for (Block p : parts) {
            b.append('\n').append(p.kind == BlockKind.SUBPARAGRAPH ? "(" + p.number + ") " : "").append(p.text());
        }
        return b.toString();
    }

    /** The footnote markers in {@link #text()}, in order, each with where it stood. */
    public List<FootnoteRef> footnoteRefs() {
        return footnoteRefs;
    }

    void footnoteRefs(List<FootnoteRef> refs) {
        this.footnoteRefs = List.copyOf(refs);
    }

    /** Cells of a table row. */
    public List<String> cells() {
        return List.of(text().split("\t", -1));
    }

    /** The text while the parser still appends to it. */
    StringBuilder buffer() {
        frozenText = null;
        sentences = null;
        return text;
    }

    void setText(String s) {
        frozenText = null;
        sentences = null;
        text.setLength(0);
        text.append(s);
    }

    @Override
    public String toString() {
        return kind + (number == null ? "" : " " + number) + "@" + line + ": " + text;
    }
}
