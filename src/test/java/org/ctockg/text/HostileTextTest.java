package org.ctockg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Text built to make the patterns of the text layer backtrack or recurse: each is read in time
 * linear in its length and without running out of stack (issue 9). The times allowed are far
 * above what linear matching takes and far below what the old patterns took.
 */
class HostileTextTest {
    private static final String OPENING = "Report on the meeting of the Working Group held in Vienna on 1 June 2010\n\n"
            + "I. Introduction\n\n1. The Working Group met in Vienna from 1 to 3 June 2010 and adopted its agenda.\n\n";

    private static ReportDocument parse(String body) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ReportParser.parse("hostile.txt", OPENING + body));
    }

    @Test
    void emphasisMarkersThatNeverCloseCostLinearTime() {
        // "__" before a word char never closes: the old pattern searched to the end of the line from each one
        ReportDocument doc = parse("2. Some" + " __a *_b".repeat(25_000) + " end.\n");
        assertTrue(doc.blocks().stream().anyMatch(b -> "2".equals(b.number())));
    }

    @Test
    void aHeadingFollowedByLongRunsOfSpacesCostsLinearTime() {
        ReportDocument doc = parse("## A heading" + " ".repeat(200_000) + "x ##\n\n2. The end.\n");
        assertTrue(doc.blocks().stream().anyMatch(b -> b.kind() == BlockKind.HEADING && b.text().equals("A heading x")));
    }

    @Test
    void unclosedParagraphTagsCostLinearTime() {
        ReportDocument doc = parse("2. Text " + "<p class=x ".repeat(30_000) + "\n\n3. The end.\n");
        assertTrue(doc.blocks().stream().anyMatch(b -> "3".equals(b.number())));
    }

    @Test
    void aSymbolOfThousandsOfPartsDoesNotOverflowTheStack() {
        String huge = "CTOC/COP" + "/WG.2".repeat(20_000);
        List<String> found = DocumentSymbols.find("See " + huge + ".");
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("CTOC/COP/WG.2/WG.2"));
        assertFalse(DocumentSymbols.isSymbolLine(huge));
        assertNull(Masthead.read(List.of(huge)).symbol());
        assertEquals("CTOC/COP/WG.2/2012/4", Masthead.read(List.of("CTOC/COP/WG.2/2012/4")).symbol());
    }

    @Test
    void numericEntitiesOutOfRangeBecomeReplacementCharactersAndControlsGo() {
        assertEquals("a \uFFFD b \uFFFD c \uFFFD d e \u00e9 f \uD83D\uDE00",
                TextNormalizer.normalize("a &#99999999999; b &#x110000; c &#xD800; d&#1;&#x7F; e &#233; f &#x1F600;"));
    }
}
