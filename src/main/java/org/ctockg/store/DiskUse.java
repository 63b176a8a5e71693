package org.ctockg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * How much of a database folder is garbage. TDB2 never overwrites: every write transaction leaves
 * the blocks it replaced behind until the database is compacted. Right after a compaction (or a
 * first bulk load) the folder holds live data only, so its bytes per triple are recorded then
 * ({@value #BASELINE}); later, the live data is estimated as the triples the catalog counts at
 * that rate, and the rest of the folder is garbage.
 */
final class DiskUse {
    static final String BASELINE = "compact-size.txt";
    /** Compact when garbage is at least this share of the folder: the folder then stays within 1.5 times its live data. */
    static final double WORTH_COMPACTING = 1.0 / 3;

    private DiskUse() {
    }

    /** Bytes of the storage in use (the newest {@code Data-NNNN} folder). */
    static long bytes(Path folder) {
        Optional<Path> data = storage(folder);
        if (data.isEmpty()) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(data.get())) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Path> storage(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records the folder's bytes per triple now, when it holds no garbage. */
    static void recordCompact(Path folder, long triples) {
        if (triples <= 0) {
            return;
        }
        try {
            Path tmp = folder.resolve(BASELINE + ".tmp");
            Files.writeString(tmp, bytes(folder) + " " + triples + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(BASELINE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot record the size of the database: " + e.getMessage(), e);
        }
    }

    /** The estimated share of garbage in the folder holding {@code triples} live triples; empty when unknown. */
    static OptionalDouble garbageShare(Path folder, long triples) {
        Path baseline = folder.resolve(BASELINE);
        if (triples < 0 || !Files.isRegularFile(baseline)) {
            return OptionalDouble.empty();
        }
        try {
            String[] parts = Files.readString(baseline, StandardCharsets.UTF_8).strip().split(" ");
            double bytesPerTriple = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
            long now = bytes(folder);
            if (now <= 0) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(Math.max(0, 1 - bytesPerTriple * triples / now));
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }
}
