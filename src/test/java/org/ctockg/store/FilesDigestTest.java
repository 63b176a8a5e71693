package org.ctockg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ctockg.extract.ReportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest that vouches for an unchanged report folder: what changes it, what does not, and when there is none. */
class FilesDigestTest {
    private static final Instant AN_HOUR_AGO = Instant.now().minusSeconds(3600);

    @TempDir
    Path tmp;

    private Path folder() throws IOException {
        return Files.createDirectories(tmp.resolve("reports"));
    }

    /** A report file written long ago, as far as its time says. */
    private Path old(String name, String text) throws IOException {
        return old(name, text, AN_HOUR_AGO);
    }

    private Path old(String name, String text, Instant modified) throws IOException {
        Path p = Files.writeString(folder().resolve(name), text);
        Files.setLastModifiedTime(p, FileTime.from(modified));
        return p;
    }

    private Optional<FilesDigest> digest() throws IOException {
        return FilesDigest.of(List.of(folder()), "code-1", "http://example.org/");
    }

    private String value() throws IOException {
        return digest().orElseThrow().value();
    }

    @Test
    void anUnchangedFolderHasTheSameDigestAndCountsItsReportFilesOnly() throws IOException {
        old("a.txt", "one");
        old("b.md", "two");
        old("notes.csv", "not a report");
        old(".hidden.txt", "not a report either");
        Files.createDirectories(folder().resolve("sub.txt"));
        assertEquals(2, digest().orElseThrow().files());
        assertEquals(value(), value());
    }

    @Test
    void theOrderTheFilesWereWrittenInDoesNotMatter() throws IOException {
        List<String> names = List.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt");
        names.forEach(n -> write(n));
        String first = value();
        for (String n : names) {
            Files.delete(folder().resolve(n));
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            write(names.get(i));
        }
        assertEquals(first, value());
    }

    private void write(String name) {
        try {
            old(name, "text of " + name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aChangedTimeSizeOrNameOrAnAddedOrRemovedFileChangesIt() throws IOException {
        Path a = old("a.txt", "one");
        old("b.txt", "two");
        String before = value();

        Files.setLastModifiedTime(a, FileTime.from(AN_HOUR_AGO.plusMillis(1)));
        assertNotEquals(before, value(), "a time a millisecond apart");

        old("a.txt", "one!", AN_HOUR_AGO);
        assertNotEquals(before, value(), "another size at the same time");

        old("a.txt", "one", AN_HOUR_AGO);
        assertEquals(before, value(), "back as it was");

        Files.move(a, folder().resolve("c.txt"));
        assertNotEquals(before, value(), "renamed, with its size and time");
        Files.move(folder().resolve("c.txt"), a);

        old("d.txt", "four");
        assertNotEquals(before, value(), "added");
        Files.delete(folder().resolve("d.txt"));
        assertEquals(before, value());

        Files.delete(a);
        assertNotEquals(before, value(), "removed");
    }

    @Test
    void twoFilesThatSwapTheirTimesChangeIt() throws IOException {
        Path a = old("a.txt", "same", AN_HOUR_AGO);
        Path b = old("b.txt", "same", AN_HOUR_AGO.plusSeconds(60));
        String before = value();
        Files.setLastModifiedTime(a, FileTime.from(AN_HOUR_AGO.plusSeconds(60)));
        Files.setLastModifiedTime(b, FileTime.from(AN_HOUR_AGO));
        assertNotEquals(before, value());
    }

    @Test
    void theCodeTheBaseAndThePathsGivenAreInIt() throws IOException {
        old("a.txt", "one");
        Path other = Files.createDirectories(tmp.resolve("more"));
        String base = value();
        assertNotEquals(base, FilesDigest.of(List.of(folder()), "code-2", "http://example.org/").orElseThrow().value());
        assertNotEquals(base, FilesDigest.of(List.of(folder()), "code-1", "http://example.net/").orElseThrow().value());
        assertNotEquals(base, FilesDigest.of(List.of(folder(), other), "code-1", "http://example.org/").orElseThrow().value());
        assertNotEquals(FilesDigest.of(List.of(folder(), other), "code-1", "http://example.org/").orElseThrow().value(),
                FilesDigest.of(List.of(other, folder()), "code-1", "http://example.org/").orElseThrow().value(),
                "the first of two files with one name is the one read, so the order of the paths counts");
        Path single = folder().resolve("a.txt");
        assertEquals(1, FilesDigest.of(List.of(single), "code-1", "http://example.org/").orElseThrow().files());
    }

    @Test
    void thereIsNoneWhileAFileIsTooNewToVouchForItsBytes() throws IOException {
        old("a.txt", "one");
        old("b.txt", "two", Instant.now());
        assertTrue(digest().isEmpty());
    }

    @Test
    void thereIsNoneWhenAPathOrAFileCannotBeLookedAt() throws IOException {
        old("a.txt", "one");
        assertTrue(FilesDigest.of(List.of(folder(), tmp.resolve("missing")), "code-1", "http://example.org/").isEmpty());
        Files.createSymbolicLink(folder().resolve("loop.txt"), folder().resolve("loop.txt"));
        assertTrue(digest().isEmpty(), "a symbolic link loop");
    }

    @Test
    void reportFilesAreToldByTheirNamesAsTheListingTellsThem() {
        for (String name : List.of("a.txt", "b.MD", "c.Pdf", "d.html", "e.HTM", "f.tar.txt")) {
            assertTrue(ReportFiles.looksLikeReportFile(name), name);
        }
        for (String name : List.of(".a.txt", "a.csv", "a.txt~", "txt", "a.htmlx", "", ".md")) {
            assertFalse(ReportFiles.looksLikeReportFile(name), name);
        }
    }

    @Test
    void anEmptyFolderHasOne() throws IOException {
        assertEquals(0, digest().orElseThrow().files());
    }
}
