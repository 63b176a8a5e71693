package org.ctockg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file's size and last-modified time, taken just before its bytes are read. When both are what
 * they were when the file was last read, its bytes are taken to be the same and are not hashed
 * again (as make and git do). A stamp taken within {@link #RACY} of the file's modification is not
 * {@link #trusted}: the file may change again within the same tick of the clock and keep it.
 */
public record FileStamp(long size, Instant modified, Instant taken) {
    /** How long after a file's modification its stamp is trusted. */
    public static final Duration RACY = Duration.ofSeconds(2);

    public static FileStamp of(Path file) throws IOException {
        Instant now = Instant.now();
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(a.size(), a.lastModifiedTime().toInstant(), now);
    }

    /** The stamps of many files, taken on every core; a file that cannot be looked at has none. */
    public static Map<Path, FileStamp> ofAll(Collection<Path> files) {
        Map<Path, FileStamp> out = new ConcurrentHashMap<>();
        files.parallelStream().forEach(file -> {
            try {
                out.put(file, of(file));
            } catch (IOException e) {
                // no stamp: whoever reads the file says what is wrong with it
            }
        });
        return out;
    }

    /** Whether this stamp may vouch for the bytes read after it was taken, on a later run. */
    public boolean trusted() {
        return trusted(modified.toEpochMilli(), taken.toEpochMilli());
    }

    /** The same rule in milliseconds since the epoch: a file modified then, looked at {@code taken}. */
    public static boolean trusted(long modifiedMillis, long takenMillis) {
        return modifiedMillis + RACY.toMillis() < takenMillis;
    }

    /** Whether the file bears the same size and time as when {@code recorded} was taken. */
    public boolean sameAs(FileStamp recorded) {
        return recorded != null && size == recorded.size && modified.equals(recorded.modified);
    }
}
