package org.ctockg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Choosing the reader by a file's first bytes and name, decoding text, and what is refused with which reason. */
class SourceReadersTest {

    static SourceText read(String name, byte[] bytes) throws UnreadableSourceException {
        return SourceReaders.read(name, bytes, InputLimits.DEFAULT, Deadline.after(Duration.ofSeconds(60)));
    }

    static String refusal(String name, byte[] bytes) {
        return assertThrows(UnreadableSourceException.class, () -> read(name, bytes)).getMessage();
    }

    @Test
    void textIsUtf8OrUtf16WithAByteOrderMark() throws Exception {
        String text = "1. The Conference met in C\u00f4te d\u2019Ivoire.\n";
        assertEquals(text, read("r.txt", text.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(text, read("r.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(text, read("r.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals(text, read("r.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE)).text());
        assertEquals(SourceFormat.TEXT, read("r.md", text.getBytes(StandardCharsets.UTF_8)).format());
    }

    @Test
    void whatIsNotUtf8TextIsNamed() {
        String text = "1. The Conference met in Vienna.\n";
        assertEquals("the file is UTF-16 (big-endian) without a byte-order mark, not UTF-8; save it as UTF-8",
                refusal("r.txt", text.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("the file is not UTF-8 text (invalid bytes at offset 3)",
                refusal("r.txt", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("the file is binary, not text", refusal("r.txt", new byte[] {1, 2, 0, 4, 5, 6, 7, 8, 9, 10}));
        assertEquals("the file is empty", refusal("r.txt", new byte[0]));
    }

    @Test
    void formatsThatAreNotReadAreRefusedWithWhatTheyAre() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(refusal("report.docx", docx.toByteArray()).startsWith("a Word document (.docx): Word files are not read"));
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertTrue(refusal("report.doc", ole).startsWith("a Word 97-2003 document (.doc)"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertEquals("the file is binary, not text (a PNG image: a scan needs OCR first)", refusal("scan.txt", png));
        assertEquals("not a PDF file: it has no PDF header (it holds text: rename it .txt)",
                refusal("report.pdf", "1. Text.".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPdfIsToldByItsHeaderWhateverItsName() throws IOException {
        String refused = refusal("report.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj garbage".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(refused.startsWith("not a readable PDF") || refused.startsWith("the PDF is damaged"), refused);
    }

    @Test
    void controlCharactersAreRemovedWithANote() throws Exception {
        SourceText s = read("r.txt", "1. The\u0001 Conference\u0007 met\u009b.\f2. Next\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("1. The Conference met.\f2. Next\r\n", s.text());
        assertEquals(List.of("3 control characters removed"), s.notes());
    }

    @Test
    void textBeyondTheLimitIsRefused() {
        InputLimits small = new InputLimits(1 << 20, 1 << 20, 10, 10, 10, 10, 10, Duration.ofSeconds(5));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> SourceReaders.read("r.txt",
                "1. The Conference met.".getBytes(StandardCharsets.UTF_8), small, Deadline.after(Duration.ofSeconds(5))));
        assertEquals("the text is 22 characters long, above the limit of 10", e.getMessage());
        InputLimits tiny = new InputLimits(1 << 20, 5, 1000, 10, 10, 10, 10, Duration.ofSeconds(5));
        e = assertThrows(UnreadableSourceException.class, () -> SourceReaders.read("r.txt",
                "1. The Conference met.".getBytes(StandardCharsets.UTF_8), tiny, Deadline.after(Duration.ofSeconds(5))));
        assertEquals("the file is 0.0 MB, above the limit of 0.0 MB for a text file", e.getMessage());
    }

    @Test
    void aUnWebPageIsReadWithoutItsNavigationItsTablesAsRowsOfCells() throws Exception {
        byte[] page = Files.readAllBytes(Path.of("src/test/resources/html/ctoc-cop-3-decisions.html"));
        SourceText s = read("ctoc-cop-3-decisions.html", page);
        String text = s.text();
        assertEquals(SourceFormat.HTML, s.format());
        assertTrue(text.startsWith("# CTOC/COP 3 Decisions\n\n"), text);
        assertTrue(text.contains("\nDecision 3/1.\tReview of the implementation of the United Nations Convention against "
                + "Transnational Organized Crime and the Protocols thereto\nDecision 3/2.\tImplementation"), text);
        assertTrue(text.contains("\n\n## Decision 3/1\n\n### Review of the implementation"), text);
        assertTrue(text.contains("held in Vienna from 9 to 18\u00a0October 2006, the Conference of the Parties to the United Nations"), text);
        assertTrue(text.contains("third session of the Conference of the Parties;<sup>1</sup>\n"), text);
        assertTrue(text.contains("\n<sup>1</sup> See CTOC/COP/2006/14.\n"), text);
        assertTrue(text.contains("article 32 &amp; of \u2026 \uFFFD the Convention;"), text);
        for (String gone : List.of("Login", "Search", "tracking", "Regional UNODC", "Terms of use", "font-family")) {
            assertFalse(text.contains(gone), gone + " in " + text);
        }
    }

    @Test
    void anHtmlPageIsToldByItsDoctypeWhateverItsName() throws Exception {
        String html = "\n  <!DOCTYPE html><html><body><p>1. The Conference met &amp; adjourned.</p></body></html>";
        SourceText s = read("page.txt", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(SourceFormat.HTML, s.format());
        assertEquals("1. The Conference met &amp; adjourned.\n\n", s.text());
    }
}
