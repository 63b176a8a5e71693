package org.ctockg.source;

import java.util.List;

/**
 * The text of one source file, in the form the report parser reads (lines as printed, blank lines
 * between blocks, footnotes after a rule), what it was read from, and notes for the user (a
 * warning each) about what was changed on the way.
 */
public record SourceText(String text, SourceFormat format, int pages, List<String> notes) {
    public SourceText {
        notes = List.copyOf(notes);
    }

    SourceText withText(String newText, List<String> moreNotes) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(moreNotes);
        return new SourceText(newText, format, pages, all);
    }
}
