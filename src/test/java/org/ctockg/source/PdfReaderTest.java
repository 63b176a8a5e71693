package org.ctockg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;

import org.ctockg.text.Masthead;
import org.ctockg.text.ReportDocument;
import org.ctockg.text.ReportParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the PDF reader makes of a UN document's layout, and the PDFs it refuses with their reason. */
class PdfReaderTest {
    private static final String SYMBOL = "CTOC/COP/WG.9/2099/7";
    private static String report;
    private static byte[] pdf;

    @BeforeAll
    static void print() throws IOException {
        StringBuilder b = new StringBuilder("# Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
                + "Distr.: General  \n3 March 2099\n\nOriginal: English\n\n## Working Group on International Cooperation\n\n"
                + "Vienna, 1 and 2 March 2099\n\n### Report on the meeting of the Working Group on International Cooperation "
                + "held in Vienna on 1 and 2 March 2099\n\n#### I. Introduction\n\n");
        for (int i = 1; i <= 40; i++) {
            b.append(i).append(". The Working Group considered the implementation of the Convention, with particular reference to "
                    + "extradition, mutual legal assistance and international cooperation for the purpose of confiscation, and "
                    + "representatives described their experiences with multilateral arrangements and counter-terrorism "
                    + "legislation, including the interrelationship of the relevant instruments");
            if (i % 7 == 0) {
                b.append(".<sup>").append(i / 7).append("</sup>\n\n---\n\n<sup>").append(i / 7)
                        .append("</sup> See the note by the Secretariat on international cooperation in criminal matters.\n\n");
            } else {
                b.append(".\n\n");
            }
        }
        report = b.toString();
        pdf = UnPdfWriter.write(report, new UnPdfWriter.Options(SYMBOL, true, "V.99-54321", true));
    }

    private static SourceText read(byte[] bytes) throws UnreadableSourceException {
        return SourceReaders.read("report.pdf", bytes, InputLimits.DEFAULT, Deadline.after(Duration.ofSeconds(60)));
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(UnreadableSourceException.class, () -> read(bytes)).getMessage();
    }

    @Test
    void theMastheadKeepsItsSymbolAndTheRunningHeadersAndFootersGo() throws Exception {
        SourceText s = read(pdf);
        String text = s.text();
        assertTrue(s.pages() >= 3, "pages " + s.pages());
        assertEquals(1, text.split(SYMBOL, -1).length - 1, "the symbol once, in the masthead:\n" + text);
        assertFalse(text.contains("V.99"), "a job number:\n" + text);
        assertFalse(text.matches("(?s).*\\n\\d{1,2}\\n.*"), "a page number on a line of its own:\n" + text);
        ReportDocument doc = ReportParser.parse("report.pdf", text);
        Masthead m = Masthead.read(doc.masthead());
        assertEquals(SYMBOL, m.symbol(), doc.masthead().toString());
        assertEquals("Report on the meeting of the Working Group on International Cooperation held in Vienna on 1 and 2 March 2099", m.title());
        assertTrue(text.startsWith("United Nations\n\nConference of the Parties to the United\nNations Convention"), text);
    }

    @Test
    void paragraphsHangingInTheMarginFootnotesAndHyphenatedWordsComeOutAsInTheText() throws Exception {
        ReportDocument fromPdf = ReportParser.parse("report.pdf", read(pdf).text());
        ReportDocument fromText = ReportParser.parse("report.txt", report);
        assertEquals(40, fromPdf.blocks().stream().filter(b -> b.kind() == org.ctockg.text.BlockKind.PARAGRAPH).count());
        // footnotes come after the paragraph in which their page ended, not after the one that calls them
        assertEquals(body(fromText), body(fromPdf));
        assertEquals(5, fromPdf.footnotes().size());
        fromText.footnotes().forEach((n, f) -> assertEquals(f.text(), fromPdf.footnotes().get(n).text()));
    }

    @Test
    void aScanWithoutTextIsRefused() throws IOException {
        assertEquals("the PDF has no text layer (2 pages of images, a scan?): it needs OCR first", refusal(BadPdfs.scan(2)));
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException, UnreadableSourceException {
        assertEquals("the PDF is encrypted with a password", refusal(BadPdfs.encrypted(pdf, "user", false)));
        assertEquals("the PDF is encrypted and its permissions forbid copying its text", refusal(BadPdfs.encrypted(pdf, "", true)));
        assertTrue(read(BadPdfs.encrypted(pdf, "", false)).text().contains("1. The Working Group considered"));
    }

    @Test
    void aCorruptPdfIsRefused() {
        String reason = refusal(BadPdfs.corrupt());
        assertTrue(reason.startsWith("not a readable PDF") || reason.startsWith("the PDF is damaged"), reason);
        assertFalse(reason.contains("\n"));
    }

    @Test
    void morePagesThanTheLimitOrMoreTimeThanAllowedAreRefused() {
        InputLimits twoPages = new InputLimits(64 << 20, 8 << 20, 4_000_000, 2, 1_000, 10_000, 100_000, Duration.ofSeconds(60));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> SourceReaders.read("report.pdf", pdf, twoPages, Deadline.after(Duration.ofSeconds(60))));
        assertTrue(e.getMessage().matches("the PDF has \\d+ pages, above the limit of 2"), e.getMessage());
        e = assertThrows(UnreadableSourceException.class,
                () -> SourceReaders.read("report.pdf", pdf, InputLimits.DEFAULT, Deadline.after(Duration.ZERO)));
        assertEquals("reading the PDF took longer than the 0 s a report may take (stopped at page 1)", e.getMessage());
    }

    private static String body(ReportDocument doc) {
        return String.join("\n", doc.blocks().stream().filter(b -> b.kind() != org.ctockg.text.BlockKind.FOOTNOTE)
                .map(b -> b.kind() + " " + b.number() + " " + b.text()).toList());
    }
}
