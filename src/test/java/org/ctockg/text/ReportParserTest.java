package org.ctockg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportParserTest {

    private static List<Block> paragraphs(String text) {
        return ReportParser.parse("r.txt", text).blocks(BlockKind.PARAGRAPH).toList();
    }

    @Test
    void converterDebrisIsCleaned() {
        String text = "\uFEFFI. Introduction\r\n\r\n1. The\u00a0Working Group met in\r\nVienna.<sup>1</sup>\r\n\r\nV.12-57386 (E)\r\n\r\n*1257386*\r\n\r\n2. It adopted its report.\r\n";
        List<Block> ps = paragraphs(text);
        assertEquals(2, ps.size());
        assertEquals("The Working Group met in Vienna.", ps.get(0).text());
        assertEquals(10, ps.get(1).line());
    }

    @Test
    void footnoteMarkersKeepTheirPlaceInTheText() {
        String text = "I. Attendance\n\n1. Represented: Chile,<sup>1</sup> China, Ecuador,\u00b2 Peru and Togo,3 more.\n\n"
                + "2. Adopted in resolution 6/4.<sup>1</sup>\n\nV.12-57386 (E)\n\n3. Next.\n\n---\n\n<sup>1</sup> One.\n\n<sup>2</sup> Two.\n\n<sup>3</sup> Three.\n";
        List<Block> ps = paragraphs(text);
        assertEquals(List.of("1", "2", "3"), ps.stream().map(Block::number).toList(), "a marker ending a line still ends its sentence");
        Block first = ps.get(0);
        assertEquals("Represented: Chile, China, Ecuador, Peru and Togo, more.", first.text());
        assertEquals(List.of(new FootnoteRef("1", "Represented: Chile,".length()), new FootnoteRef("2", "Represented: Chile, China, Ecuador,".length()),
                new FootnoteRef("3", "Represented: Chile, China, Ecuador, Peru and Togo,".length())), first.footnoteRefs());
        assertEquals("Adopted in resolution 6/4.", ps.get(1).text());
        assertEquals(List.of(new FootnoteRef("1", "Adopted in resolution 6/4.".length())), ps.get(1).footnoteRefs());
    }

    @Test
    void aParagraphCutByAFootnoteBlockIsRejoined() {
        List<Block> ps = paragraphs("I. Introduction\n\n1. Some speakers described, with an emphasis\n\n---\n\n<sup>2</sup> CTOC/COP/WG.2/2012/1.\n\non fighting illegal mining.\n\n2. Next.\n");
        assertEquals("Some speakers described, with an emphasis on fighting illegal mining.", ps.get(0).text());
        ReportDocument doc = ReportParser.parse("r.txt", "I. Introduction\n\n1. Text.1\n\n---\n\n<sup>1</sup> A footnote.\n");
        assertEquals("A footnote.", doc.footnotes().get("1").text());
    }

    @Test
    void anAgendaInsideAParagraphDoesNotStartNewParagraphs() {
        List<Block> ps = paragraphs("I. Organization\n\n9. On 1 October, the Working Group adopted the following agenda:\n1. Organizational matters.\n2. Adoption of the report.\n\n10. Next paragraph.\n");
        assertEquals(List.of("9", "10"), ps.stream().map(Block::number).toList());
        assertTrue(ps.get(0).text().contains("2. Adoption of the report."));
    }

    @Test
    void flattenedSectionsAreSplit() {
        List<Block> ps = paragraphs("I. Introduction\n\n1. The Working Group met on trafficking in persons. 2. In its decision 4/4, the Conference decided to establish it. II. Organization of the meeting 3. The meeting opened.\n");
        assertEquals(List.of("1", "2", "3"), ps.stream().map(Block::number).toList());
        assertEquals("Organization of the meeting", ps.get(2).heading().text().replaceFirst("^II\\. ", ""));
    }

    @Test
    void headingsSubparagraphsAndTables() {
        ReportDocument doc = ReportParser.parse("r.txt", "## **II. Recommendations**\n\n#### **A. Extradition (article 16)**\n\n1. The Working Group:\n\n(a) Invited States;\n\n(b) Requested UNODC.\n\nAnnex\n\nCTOC/COP/1\t1\tAgenda\n");
        Block sub = doc.blocks(BlockKind.SUBPARAGRAPH).toList().get(1);
        assertEquals("b", sub.number());
        assertEquals("1", sub.paragraph().number());
        assertEquals(List.of("II. Recommendations", "A. Extradition (article 16)"), sub.headings().stream().map(Block::text).toList());
        assertEquals(List.of("CTOC/COP/1", "1", "Agenda"), doc.blocks(BlockKind.TABLE_ROW).findFirst().orElseThrow().cells());
        assertFalse(doc.masthead().contains("II. Recommendations"));
    }

    @Test
    void wordsHyphenatedAtLineEndsAreWholeAgainButCompoundsKeepTheirHyphen() {
        List<Block> ps = paragraphs("I. Introduction\n\n1. The Working Group on Organ-\nized Crime held a follow-\nup meeting; the follow-up was\nagreed by Guinea-\nBissau.\n");
        assertEquals("The Working Group on Organized Crime held a follow-up meeting; the follow-up was agreed by Guinea-Bissau.", ps.get(0).text());
    }

    @Test
    void aTabAfterAParagraphNumberIsASpaceNotATableCell() {
        ReportDocument doc = ReportParser.parse("r.txt", "I. Introduction\n\n1.\tThe Working Group met.\n\n(a)\tFirst item;\n");
        assertEquals("The Working Group met.", doc.blocks(BlockKind.PARAGRAPH).findFirst().orElseThrow().text());
        assertEquals(0, doc.blocks(BlockKind.TABLE_ROW).count());
        assertEquals("First item;", doc.blocks(BlockKind.SUBPARAGRAPH).findFirst().orElseThrow().text());
    }

    @Test
    void aRunningHeaderNextToAJobNumberIsDroppedButASymbolInAListIsKept() {
        List<Block> ps = paragraphs("I. Introduction\n\n1. The following States were represented: Chile,\n\n2 V.12-57386\n\nCTOC/COP/WG.9/2012/4\n\nChina and Peru.\n\n"
                + "2. The Working Group had before it:\n\nCTOC/COP/WG.2/2012/1\n\n3 and 4\n");
        assertEquals("The following States were represented: Chile, China and Peru.", ps.get(0).text());
        assertTrue(ps.get(1).fullText().contains("CTOC/COP/WG.2/2012/1"));
    }

    @Test
    void aPageOnOneLineIsCutIntoMastheadHeadingsParagraphsListsAndFootnotes() {
        String page = "Conference of the Parties Distr.: General 7 November 2016 Original: English Report on the meeting of the Working Group "
                + "on Firearms held in Vienna on 8 and 9 May 2017 I. Introduction 1. The Working Group met.1 Working Group on Firearms "
                + "2. It adopted the following recommendations: (a) States should act; (b) UNODC should help. II. Organization of the meeting "
                + "3. The Chair opened the meeting. V.17-01234 (E) 010617 020617 *1701234* __________________ 1 See CTOC/COP/2016/1. "
                + "2 Not a footnote number here but the next footnote.\n";
        ReportDocument doc = ReportParser.parse("r.txt", page);
        assertTrue(String.join(" ", doc.masthead()).endsWith("held in Vienna on 8 and 9 May 2017"));
        assertEquals(List.of("1", "2", "3"), doc.blocks(BlockKind.PARAGRAPH).map(Block::number).toList());
        assertEquals("The Working Group met.", doc.blocks(BlockKind.PARAGRAPH).findFirst().orElseThrow().text());
        assertEquals(List.of("I. Introduction", "Working Group on Firearms", "II. Organization of the meeting"),
                doc.blocks(BlockKind.HEADING).map(Block::text).toList());
        assertEquals(List.of("States should act;", "UNODC should help."), doc.blocks(BlockKind.SUBPARAGRAPH).map(Block::text).toList());
        assertEquals("See CTOC/COP/2016/1.", doc.footnotes().get("1").text());
        assertEquals("Not a footnote number here but the next footnote.", doc.footnotes().get("2").text());
        assertEquals("The Chair opened the meeting.", doc.blocks(BlockKind.PARAGRAPH).toList().get(2).text());
    }

    @Test
    void aListAnnouncedByAColonGoesOnAfterAPageBreak() {
        List<Block> ps = paragraphs("I. Introduction\n\n1. The following signatories were represented by observers:\n\nV.05-44868\n\n3\n\nCanada, Japan.\n");
        assertEquals("The following signatories were represented by observers: Canada, Japan.", ps.get(0).text());
    }
}
