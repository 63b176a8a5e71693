package org.ctockg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs that stopped or hung a whole run (issue 9, "faults found"): each now gets one
 * line naming the file and the reason, or is read as far as it can be, and the good report
 * beside it is still read. Each test failed before the fix.
 */
class InputFaultsTest {
    private static final String GOOD_ROW = "good.txt,TA,2016-10-17,2016-10-19,Vienna";
    private static final String SEED = "data/reports/004_185fa763c015fd82.txt";

    @TempDir
    Path dir;
    private String seed;

    private record Run(int status, String out, String err) {
        List<String> errors() {
            return err.lines().filter(l -> l.contains(": error: ")).toList();
        }
    }

    @BeforeEach
    void copyTheGoodReport() throws IOException {
        seed = Files.readString(Path.of(SEED));
        Files.writeString(dir.resolve("good.txt"), seed);
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("a bug, not a user's mistake: " + e, e);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Run meetings(Path... extra) {
        String[] args = new String[6 + extra.length];
        args[0] = "query";
        args[1] = "queries/meetings.rq";
        args[2] = "--format";
        args[3] = "csv";
        args[4] = "--reports";
        args[5] = dir.resolve("good.txt").toString();
        for (int i = 0; i < extra.length; i++) {
            args[6 + i] = extra[i].toString();
        }
        return run(args);
    }

    /** The good report is read, the bad file has exactly one line that names it and says why, and no stack trace. */
    private static void oneLineFor(Run r, String file, String reason) {
        assertTrue(r.out().contains(GOOD_ROW), r.out() + r.err());
        assertEquals(1, r.errors().size(), r.err());
        assertTrue(r.errors().get(0).contains(file + ": error: ") && r.errors().get(0).contains(reason), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("Error:"), r.err());
        assertEquals(1, r.status());
    }

    private static void readCleanly(Run r) {
        assertTrue(r.out().contains(GOOD_ROW), r.out() + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @Test
    void aNumericEntityOutOfRangeIsReadAsAReplacementCharacter() throws IOException {
        Path bad = dir.resolve("entity.txt");
        Files.writeString(bad, seed.replace("24. From 17 to 19 October", "24. From 17 &#99999999999; to &#x110000; 19 &#xD800; October"));
        Run r = meetings(bad);
        readCleanly(r);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("entity.txt,TA,2016-10-17,2016-10-19,Vienna"), r.out());
    }

    @Test
    void aVeryLongDocumentSymbolNoLongerOverflowsTheStack() throws IOException {
        Path bad = dir.resolve("symbol.txt");
        Files.writeString(bad, seed.replace("27. A representative", "27. See CTOC/COP" + "/WG.2".repeat(15_000) + ". A representative"));
        Run r = meetings(bad);
        readCleanly(r);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("symbol.txt,TA,"), r.out());
    }

    @Test
    void aLongLineOfNestedEmphasisMarkersNoLongerHoldsTheRun() throws IOException {
        Path bad = dir.resolve("emphasis.txt");
        // before, each "__" looked for its closing pair to the end of the line: minutes on this line
        Files.writeString(bad, seed.replace("27. A representative", "27. Some" + " __a *_b".repeat(50_000) + " A representative"));
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> meetings(bad));
        oneLineFor(r, "emphasis.txt", "characters, above the limit of 100000");
    }

    @Test
    void aHugeSparseFileIsRefusedBeforeItIsRead() throws IOException {
        Path bad = dir.resolve("sparse.txt");
        try (RandomAccessFile f = new RandomAccessFile(bad.toFile(), "rw")) {
            f.setLength(8L << 30);
        }
        oneLineFor(assertTimeoutPreemptively(Duration.ofSeconds(60), () -> meetings(bad)), "sparse.txt", "above the limit");
    }

    @Test
    void aHundredMegabyteFileIsRefusedWithTheLimit() throws IOException {
        Path bad = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(bad.toFile(), "rw")) {
            f.write(seed.getBytes(StandardCharsets.UTF_8));
            f.setLength(100L << 20);
        }
        for (String command : List.of("query", "extract", "validate")) {
            Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> command.equals("query") ? meetings(bad)
                    : run(command, "--reports", dir.resolve("good.txt").toString(), bad.toString()));
            assertEquals(1, r.errors().size(), command + ": " + r.err());
            assertTrue(r.errors().get(0).contains("big.txt: error: the file is 100 MB, above the limit of 64 MB"), r.err());
        }
    }

    @Test
    void tooManyParagraphsOrFootnotesAreRefusedWithTheLimit() throws IOException {
        StringBuilder paragraphs = new StringBuilder("Report on the meeting of the Working Group held in Vienna on 1 June 2010\n\n");
        for (int i = 1; i <= 12_000; i++) {
            paragraphs.append(i).append(". The Working Group met in Vienna and adopted its agenda.\n\n");
        }
        Path many = dir.resolve("paragraphs.txt");
        Files.writeString(many, paragraphs);
        oneLineFor(meetings(many), "paragraphs.txt", "12000 text units (paragraphs, headings, footnotes, table rows), above the limit of 10000");
        StringBuilder notes = new StringBuilder(seed).append("\n\n---\n\n");
        for (int i = 0; i < 1_200; i++) {
            notes.append("<sup>").append(i % 999 + 1).append("</sup> A note.\n\n");
        }
        Path footnotes = dir.resolve("footnotes.txt");
        Files.writeString(footnotes, notes);
        oneLineFor(meetings(footnotes), "footnotes.txt", "1201 footnotes, above the limit of 1000");
    }

    @Test
    void controlCharactersAreRemovedAtInputAndRdfXmlStaysWellFormed() throws IOException {
        Path bad = dir.resolve("controls.txt");
        Files.writeString(bad, seed.replace("24. From 17 to 19 October", "24. From\u0001 17 to\u0007 19 \u001b[0mOctober &#1;&#x1F;\u0085"));
        Run r = run("extract", "--format", "rdfxml", "--reports", bad.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("controls.txt: warning: 4 control characters removed"), r.err());
        Model m = Rio.parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), "", RDFFormat.RDFXML);
        assertTrue(m.size() > 500, "read back " + m.size());
        assertTrue(m.objects().stream().noneMatch(v -> v.stringValue().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')));
    }

    @Test
    void twoReportsOfOneNameAreNotMergedTheSecondIsRefused() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Path twin = other.resolve("good.md");
        Files.writeString(twin, Files.readString(Path.of("data/reports/000_6070a0695036df62.txt")));
        Run r = meetings(twin);
        oneLineFor(r, "good.md", "has the same report name as " + dir.resolve("good.txt"));
        assertFalse(r.out().contains("2012-10-17"), "the second report's meeting was merged in: " + r.out());
    }

    @Test
    void aNamedPipeIsCalledOneAndNotMissing() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        oneLineFor(assertTimeoutPreemptively(Duration.ofSeconds(60), () -> meetings(fifo)), "pipe.txt", "a named pipe (FIFO)");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.move(fifo, folder.resolve("pipe.txt"));
        Run inFolder = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> meetings(folder));
        oneLineFor(inFolder, "pipe.txt", "a named pipe (FIFO)");
    }

    @Test
    void aLoopOfSymbolicLinksIsCalledOneAndNotMissing() throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        oneLineFor(meetings(a), "a.txt", "a loop of symbolic links");
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAndWithoutOneIsNamed() throws IOException {
        Path le = dir.resolve("utf16le.txt");
        Files.write(le, ("\uFEFF" + seed).getBytes(StandardCharsets.UTF_16LE));
        Path be = dir.resolve("utf16be.txt");
        Files.write(be, ("\uFEFF" + seed).getBytes(StandardCharsets.UTF_16BE));
        Run r = meetings(le, be);
        readCleanly(r);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("utf16le.txt,TA,2016-10-17,2016-10-19,Vienna") && r.out().contains("utf16be.txt,TA,"), r.out());
        Path bare = dir.resolve("bare.txt");
        Files.write(bare, seed.getBytes(StandardCharsets.UTF_16LE));
        oneLineFor(meetings(bare), "bare.txt", "UTF-16 (little-endian) without a byte-order mark, not UTF-8");
    }
}
