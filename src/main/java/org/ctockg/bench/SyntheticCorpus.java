package org.ctockg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A synthetic corpus for benchmarks: N reports that are the given seeds copied under other names
 * ({@code synthetic-00042-<seed>}), not real reports. Copies repeat their seed's text, so they
 * share its meetings, States and literals: the node table stays small, while every fact about a
 * shared meeting or State piles up N/5 times (harder on pages than a real corpus). The files are
 * dated an hour back, as files copied in long before a load.
 */
public final class SyntheticCorpus {
    private SyntheticCorpus() {
    }

    public static Path write(List<Path> seeds, int n, Path folder) throws IOException {
        Files.createDirectories(folder);
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (int i = 0; i < n; i++) {
            Path seed = seeds.get(i % seeds.size());
            Path copy = folder.resolve("synthetic-%05d-%s".formatted(i / seeds.size(), seed.getFileName()));
            Files.copy(seed, copy);
            Files.setLastModifiedTime(copy, anHourAgo);
        }
        return folder;
    }

    /** Changes one report as an editor would: a paragraph appended; returns it. */
    public static Path changeOne(Path folder, int index) throws IOException {
        try (var files = Files.list(folder)) {
            Path file = files.sorted().skip(index).findFirst().orElseThrow();
            Files.writeString(file, Files.readString(file) + "\n999. The Working Group also took note of a synthetic change.\n");
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));
            return file;
        }
    }
}
