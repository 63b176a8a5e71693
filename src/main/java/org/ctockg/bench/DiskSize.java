package org.ctockg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Bytes a folder takes on disk. TDB2's index files are sparse (8 MB segments mapped, little
 * written), so their length says little: {@code du -sk} when the system has it, else the sum of
 * the files' lengths.
 */
public final class DiskSize {
    private DiskSize() {
    }

    public static long of(Path folder) throws IOException, InterruptedException {
        try {
            Process du = new ProcessBuilder("du", "-sk", folder.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (du.waitFor() == 0) {
                return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // no du here
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
