package org.ctockg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands as a user runs them: output on stdout, one line per bad input on stderr, exit status. */
class CommandLineTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void theHelpListsEveryCommandAndEachCommandHasItsOwn() throws Exception {
        Run all = run("--help");
        assertEquals(0, all.status());
        for (String command : List.of("query", "extract", "validate", "serve", "load", "check", "bench-scale")) {
            assertTrue(all.out().contains("  " + command + " "), command + " missing from:\n" + all.out());
        }
        Run serve = run("serve", "--help");
        assertEquals(0, serve.status());
        assertTrue(serve.out().startsWith("Usage: ctoc-kg serve"), serve.out());
        assertTrue(serve.out().contains("--no-watch"), serve.out());
        Run unknown = run("serv");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("serv"), unknown.err());
    }

    @Test
    void aMistakeOnTheCommandLineIsOneLineAndStatusTwo() throws Exception {
        for (String[] args : List.of(
                new String[] {"serve", "--prot", "3030"},
                new String[] {"serve", "--port", "eighty"},
                new String[] {"serve", "--rep", "data/reports"},
                new String[] {"serve", "now"},
                new String[] {"query", "--reports", "data/reports"},
                new String[] {"query", "queries/meetings.rq"},
                new String[] {"query", "queries/meetings.rq", "--format", "yaml", "--reports", "data/reports"},
                new String[] {"load", "--db"},
                new String[] {"bench-scale", "-n", "ten"})) {
            Run r = run(args);
            String what = String.join(" ", args) + " -> " + r.err();
            assertEquals(2, r.status(), what);
            assertEquals(1, r.err().lines().count(), what);
            assertFalse(r.err().contains("Exception"), what);
            assertEquals("", r.out(), what);
        }
        Run port = run("serve", "--port", "eighty");
        assertTrue(port.err().contains("--port takes a whole number, not 'eighty'"), port.err());
        Run format = run("query", "queries/meetings.rq", "--format", "yaml", "--reports", "data/reports");
        assertTrue(format.err().contains("--format is one of csv, tsv, json, text, xml, not 'yaml'"), format.err());
        Run missing = run("query", "--reports", "data/reports");
        assertTrue(missing.err().contains("missing QUERY.rq"), missing.err());
    }

    @Test
    void aChoiceIsReadWhateverItsCaseAndSharedOptionsReadTheSameInEachCommand() throws Exception {
        Run upper = run("query", "queries/meetings.rq", "--format", "CSV", "--reports", "data/reports/004_185fa763c015fd82.txt");
        assertEquals(0, upper.status(), upper.err());
        assertTrue(upper.out().startsWith("source,"), upper.out());
        for (String command : List.of("serve", "load")) {
            Run help = run(command, "--help");
            assertTrue(help.out().contains("--db <DIR>") && help.out().contains("(default db)"), help.out());
        }
        Run query = run("query", "--help");
        assertTrue(query.out().startsWith("Usage: ctoc-kg query QUERY.rq [options]"), query.out());
    }

    @Test
    void theVersionAndTheBareCommand() throws Exception {
        Run version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("ctoc-kg "), version.out());
        Run bare = run();
        assertEquals(2, bare.status());
        assertTrue(bare.err().contains("Commands:"), bare.err());
    }

    @Test
    void badInputsGetOneLineEachAndTheGoodReportIsStillRead() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("shopping.txt"), "Milk, eggs and bread.\n");
        Files.copy(Path.of("data/reports/004_185fa763c015fd82.txt"), dir.resolve("good.txt"));
        Run r = run("query", "queries/meetings.rq", "--format", "csv", "--reports", dir.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains("good.txt,TA,2016-10-17,2016-10-19,Vienna"), r.out());
        List<String> lines = r.err().lines().filter(l -> l.contains("ERROR")).toList();
        assertEquals(5, lines.size(), r.err());
        assertTrue(r.err().contains("empty.txt: error: the file is empty"));
        assertTrue(r.err().contains("binary.txt: error: the file is binary"));
        assertTrue(r.err().contains("latin1.txt: error: the file is not UTF-8"));
        assertTrue(r.err().contains("shopping.txt: error: not a meeting report"));
        assertTrue(r.err().contains("missing.txt: error: no such file or folder"));
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aBadQueryIsOneLineToo() throws Exception {
        Files.writeString(dir.resolve("bad.rq"), "SELECT WHERE {");
        Run r = run("query", dir.resolve("bad.rq").toString(), "--reports", "data/reports");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("bad.rq: not a valid SPARQL query"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @ParameterizedTest
    @CsvSource({"turtle,TURTLE", "trig,TRIG", "nquads,NQUADS", "jsonld,JSONLD", "rdfxml,RDFXML", "ntriples,NTRIPLES"})
    void everyFormatExtractWritesReadsBackIntoTheSameGraph(String format, String rioFormat) throws Exception {
        Path file = dir.resolve("out." + format);
        Run r = run("extract", "--format", format, "-o", file.toString(), "--reports", "data/reports/000_6070a0695036df62.txt");
        assertEquals(0, r.status(), r.err());
        Run reference = run("extract", "--format", "nquads", "--reports", "data/reports/000_6070a0695036df62.txt");
        RDFFormat rf = (RDFFormat) RDFFormat.class.getField(rioFormat).get(null);
        Model written = Rio.parse(Files.newInputStream(file), "", rf);
        Model expected = Rio.parse(new ByteArrayInputStream(reference.out().getBytes(StandardCharsets.UTF_8)), "", RDFFormat.NQUADS);
        if (!rf.supportsContexts()) {
            expected = new org.eclipse.rdf4j.model.impl.LinkedHashModel(expected.stream()
                    .map(s -> org.eclipse.rdf4j.model.util.Statements.statement(s.getSubject(), s.getPredicate(), s.getObject(), null)).toList());
        }
        assertTrue(written.size() > 500, "written " + written.size());
        assertTrue(Models.isomorphic(written, expected), format + " does not read back into the same graph");
    }

    @Test
    void theSeedsConformToTheShapes() throws Exception {
        Run r = run("validate", "--reports", "data/reports");
        assertEquals(0, r.status(), r.out());
        assertTrue(r.err().contains("0 violation(s)"), r.err());
    }
}
