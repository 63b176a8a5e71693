package org.ctockg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: per report, what each family recognised and what was skipped and why; a bad file is one line. */
class CheckCommandTest {
    private static final String REPORT = """
            Conference of the Parties to the United Nations Convention against Transnational Organized Crime

            Distr.: General
            7 November 2016

            Report on the meeting of the Working Group of Government Experts on Technical Assistance held in Vienna from 17 to 19 October 2016

            I. Introduction

            1. The following States parties to the Convention were represented at the meeting: Algeria, Ruritania, Bosnia and Herzegovina and Trinidad and Tobago.

            2. The following signatory was represented by an observer: Japan.

            3. The following States were represented by observers: Freedonia.

            4. Speakers referred to article 4 of the Vienna Convention on the Law of Treaties and article 5 of the Convention.
            """;

    @TempDir
    Path dir;

    @Test
    void countsPerFamilyAndSkipsWithTheirReasons() throws Exception {
        Files.writeString(dir.resolve("report.txt"), REPORT);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            status = Main.run("check", "--reports", dir.toString());
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        assertTrue(text.contains("    meetings: 1\n"), text);
        assertTrue(text.contains("    attendance: 4 States (3 party, 1 signatory)\n"), text);
        assertTrue(text.contains("    articles: 1\n"), text);
        assertTrue(text.contains("    recommendations: 0\n"), text);
        assertTrue(text.contains("line 10: attendance: skipped: \"Ruritania\" is not in the reference tables"), text);
        assertFalse(text.contains("Herzegovina\" is not"), text);
        assertTrue(text.contains("line 14: attendance: skipped: a participant list with no State or organization"), text);
        assertTrue(text.contains("line 16: articles: skipped: article 4 of an instrument not in data/reference/"), text);
        assertEquals(1, text.lines().filter(l -> l.contains("empty.txt")).count(), text);
        assertTrue(text.contains("empty.txt: error: the file is empty"), text);
    }
}
