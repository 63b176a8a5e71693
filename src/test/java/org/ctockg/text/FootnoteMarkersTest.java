package org.ctockg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FootnoteMarkersTest {
    private static final Set<String> FOOTNOTES = Set.of("1", "2", "12");

    @Test
    void dropsAMarkerAfterAWordAndPunctuation() {
        assertEquals("Chile, Colombia and Cuba.", FootnoteMarkers.strip("Chile,1 Colombia and Cuba.", FOOTNOTES));
        assertEquals("the Convention. Next", FootnoteMarkers.strip("the Convention.2 Next", FOOTNOTES));
        assertEquals("(see annex). Then", FootnoteMarkers.strip("(see annex).12 Then", FOOTNOTES));
    }

    @Test
    void dropsAMarkerAfterAnActNumber() {
        assertEquals("resolution 6/4. The", FootnoteMarkers.strip("resolution 6/4.1 The", FOOTNOTES));
    }

    @Test
    void dropsAMarkerGluedToALowerCaseWord() {
        assertEquals("the meeting, as", FootnoteMarkers.strip("the meeting2, as", FOOTNOTES));
        assertEquals("by consensus", FootnoteMarkers.strip("by consensus12", FOOTNOTES));
    }

    @Test
    void dropsAMarkerGluedToACapitalisedNameInAList() {
        assertEquals("Kenya, Peru and Togo", FootnoteMarkers.strip("Kenya, Peru2 and Togo", FOOTNOTES));
    }

    @Test
    void keepsNumbersThatAreNotMarkers() {
        String[] kept = {
            "paragraph 3 of article 5", // a number after a space
            "in 2012. The", // four digits
            "Chile,7 Colombia", // no footnote 7
            "item 2. Then", // a number after a space, then a dot
            "version1.2 of", // followed by a dot and digit
            "CTOC/COP/2012/1 and", // a symbol
            "Mexico,12b", // followed by a letter
            "Ab1 x", // a capitalised word: not a marker without punctuation
        };
        for (String s : kept) {
            assertEquals(s, FootnoteMarkers.strip(s, FOOTNOTES), s);
        }
    }

    @Test
    void markKeepsWhereAGluedMarkerStood() {
        List<FootnoteRef> refs = new ArrayList<>();
        String text = FootnoteMarkers.extract(FootnoteMarkers.mark("Chile,1 Colombia and Cuba.12 Next", FOOTNOTES), refs);
        assertEquals("Chile, Colombia and Cuba. Next", text);
        assertEquals(List.of(new FootnoteRef("1", 6), new FootnoteRef("12", 25)), refs);
    }

    @Test
    void leavesTextAloneWhenTheReportHasNoFootnotes() {
        assertEquals("Chile,1 Colombia", FootnoteMarkers.strip("Chile,1 Colombia", Set.of()));
    }
}
