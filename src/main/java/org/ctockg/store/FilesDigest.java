package org.ctockg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ctockg.extract.ReportFiles;
import org.ctockg.ingest.FileStamp;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;

/**
 * A digest of what a sync reads: the paths it is given, each report file's name, size and time,
 * the extraction code and the base URI. When the catalog records the same digest, the data is
 * already in step with the files: a start reads no catalog entry, and lists, sorts and hashes no
 * file.
 *
 * <p>It is made in one pass over each folder, in the order the file system lists it, with one
 * look at each file (its size and time); the files' hashes are combined without regard to order.
 * A sync's own listing (sorted, each file looked at for what it is, then stamped) costs three times
 * the CPU, which at ten thousand files in a fresh process is a third of a second beside the
 * server's start.
 *
 * <p>There is no digest while some file was modified too recently for its time to vouch for its
 * bytes (see {@link FileStamp#trusted}), or some path or file cannot be looked at, or is not a
 * regular file: a sync then lists the files and says what is wrong.
 */
record FilesDigest(String value, int files) {
    private static final HashFunction ENTRY = Hashing.murmur3_128();

    /** The digest of the report files at {@code paths} (files or folders, as a sync takes them), if they have one. */
    static Optional<FilesDigest> of(List<Path> paths, String extractorVersion, String baseUri) {
        Instant now = Instant.now();
        Hasher whole = Hashing.sha256().newHasher()
                .putString(extractorVersion, StandardCharsets.UTF_8).putChar('\n')
                .putString(baseUri, StandardCharsets.UTF_8).putChar('\n');
        List<HashCode> entries = new ArrayList<>();
        try {
            for (int i = 0; i < paths.size(); i++) {
                Path path = paths.get(i);
                whole.putString(path.toAbsolutePath().toString(), StandardCharsets.UTF_8).putChar('\n');
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                if (a.isDirectory()) {
                    if (!addFolder(i, path, now, entries)) {
                        return Optional.empty();
                    }
                } else if (vouches(a, now)) {
                    entries.add(entry(i, path, a));
                } else {
                    return Optional.empty();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        whole.putInt(entries.size());
        if (!entries.isEmpty()) {
            whole.putBytes(Hashing.combineUnordered(entries).asBytes());
        }
        return Optional.of(new FilesDigest(whole.hash().toString(), entries.size()));
    }

    /** Adds the report files of one folder (as a sync lists them), or says there is no digest. */
    private static boolean addFolder(int index, Path folder, Instant now, List<HashCode> entries) throws IOException {
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path file : listing) {
                if (!ReportFiles.looksLikeReportFile(file)) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                if (a.isDirectory()) {
                    continue; // a sync does not go into folders within folders
                }
                if (!vouches(a, now)) {
                    return false;
                }
                entries.add(entry(index, file, a));
            }
        }
        return true;
    }

    private static boolean vouches(BasicFileAttributes a, Instant now) {
        return a.isRegularFile() && new FileStamp(a.size(), a.lastModifiedTime().toInstant(), now).trusted();
    }

    private static HashCode entry(int pathIndex, Path file, BasicFileAttributes a) {
        Instant modified = a.lastModifiedTime().toInstant();
        String name = file.getFileName().toString();
        return ENTRY.newHasher()
                .putInt(pathIndex)
                .putInt(name.length())
                .putUnencodedChars(name)
                .putLong(a.size())
                .putLong(modified.getEpochSecond())
                .putInt(modified.getNano())
                .hash();
    }
}
