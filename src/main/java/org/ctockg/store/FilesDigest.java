package org.ctockg.store;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ctockg.extract.ReportFiles;
import org.ctockg.ingest.FileStamp;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;

/**
 * A digest of what a sync reads: the paths it is given, each report file's name, size and time
 * (to the millisecond), the extraction code and the base URI. When the catalog records the same
 * digest, the data is already in step with the files: a start reads no catalog entry and hashes
 * no file's bytes.
 *
 * <p>It is the cheapest look at ten thousand files found: each folder's names in one call
 * ({@link File#list()}), sorted, and each report file's size and time through {@link File}: 0.17 s
 * of CPU in a fresh JVM. A sync's own listing (each file a {@link Path}, looked at for what it
 * is, then stamped) took 0.55 s, and {@code Files.readAttributes} with a hash per file 0.38 s;
 * on two cores a start is bound by CPU, so each of them delayed the server's start.
 * The names, sizes and times go into one Murmur3 hash (not a cryptographic one: it tells an
 * unchanged folder from a changed one, and nobody gains by forging it).
 *
 * <p>There is no digest while some file was modified too recently for its time to vouch for its
 * bytes (see {@link FileStamp#trusted}), or some path or file cannot be looked at, or is not a
 * regular file: a sync then lists the files and says what is wrong.
 */
record FilesDigest(String value, int files) {

    /** The digest of the report files at {@code paths} (files or folders, as a sync takes them), if they have one. */
    static Optional<FilesDigest> of(List<Path> paths, String extractorVersion, String baseUri) {
        long now = System.currentTimeMillis();
        Hasher hash = Hashing.murmur3_128().newHasher()
                .putString(extractorVersion, StandardCharsets.UTF_8).putChar('\n')
                .putString(baseUri, StandardCharsets.UTF_8).putChar('\n');
        int files = 0;
        for (Path path : paths) {
            hash.putString(path.toAbsolutePath().toString(), StandardCharsets.UTF_8).putChar('\n');
            File given = path.toFile();
            if (given.isDirectory()) {
                String[] names = given.list();
                if (names == null) {
                    return Optional.empty(); // cannot be listed
                }
                Arrays.sort(names);
                for (String name : names) {
                    if (!ReportFiles.looksLikeReportFile(name)) {
                        continue;
                    }
                    File file = new File(given, name);
                    if (add(hash, name, file, now)) {
                        files++;
                    } else if (!file.isDirectory()) { // a sync does not go into folders within folders
                        return Optional.empty();
                    }
                }
            } else if (add(hash, given.getName(), given, now)) {
                files++;
            } else {
                return Optional.empty();
            }
        }
        hash.putInt(files);
        return Optional.of(new FilesDigest(hash.hash().toString(), files));
    }

    /** Adds a regular file whose time vouches for its bytes; says whether it was one. */
    private static boolean add(Hasher hash, String name, File file, long now) {
        long modified = file.lastModified(); // 0 when it cannot be looked at
        long size = file.length();
        if (!file.isFile() || !FileStamp.trusted(modified, now)) {
            return false;
        }
        hash.putInt(name.length()).putUnencodedChars(name).putLong(size).putLong(modified);
        return true;
    }
}
