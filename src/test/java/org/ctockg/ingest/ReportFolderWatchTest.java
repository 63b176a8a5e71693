package org.ctockg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch tells which report files changed, once per quiet period, and leaves other files out. */
class ReportFolderWatchTest {
    @TempDir
    Path tmp;

    private static ChangedReports next(BlockingQueue<ChangedReports> heard) throws InterruptedException {
        ChangedReports c = heard.poll(10, TimeUnit.SECONDS);
        assertNotNull(c, "the watch said nothing within 10 s");
        return c;
    }

    @Test
    void theChangedReportFilesAreNamedAndOtherFilesIgnored() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(tmp.resolve("reports").toAbsolutePath());
        BlockingQueue<ChangedReports> heard = new LinkedBlockingQueue<>();
        try (ReportFolderWatch watch = ReportFolderWatch.start(List.of(folder), Duration.ofMillis(200), heard::add)) {
            Files.writeString(folder.resolve("notes.xlsx"), "not a report");
            Files.writeString(folder.resolve(".a.txt.swp"), "an editor's file");
            Path a = Files.writeString(folder.resolve("a.txt"), "one");
            Path b = Files.writeString(folder.resolve("b.md"), "two");

            // the writes come in one quiet period on any machine that does not stall for 200 ms between them
            Set<Path> named = new HashSet<>();
            while (!named.containsAll(Set.of(a, b))) {
                ChangedReports c = next(heard);
                assertFalse(c.everything());
                named.addAll(c.files());
            }
            assertEquals(Set.of(a, b), named, "the reports, and nothing else");

            Files.delete(a);
            assertEquals(ChangedReports.of(Set.of(a)), next(heard));
        }
    }

    @Test
    void aWatchedFileIsNamedButNotItsNeighbours() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(tmp.resolve("reports").toAbsolutePath());
        Path a = Files.writeString(folder.resolve("a.txt"), "one");
        BlockingQueue<ChangedReports> heard = new LinkedBlockingQueue<>();
        try (ReportFolderWatch watch = ReportFolderWatch.start(List.of(a), Duration.ofMillis(200), heard::add)) {
            Files.writeString(folder.resolve("b.txt"), "a neighbour, not watched");
            Files.writeString(a, "changed");
            assertEquals(ChangedReports.of(Set.of(a)), next(heard));
        }
    }
}
