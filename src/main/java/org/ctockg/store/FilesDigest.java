package org.ctockg.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ctockg.extract.ReportExtractor;
import org.ctockg.ingest.FileStamp;

/**
 * A digest of what a sync reads: each report file's path, size and time, the extraction code and
 * the base URI. When the catalog records the same digest, the data is already in step with the
 * files and a start reads no catalog entry and hashes no file; it costs one look at each file's
 * size and time. There is no digest while some file was modified too recently for its time to
 * vouch for its bytes (see {@link FileStamp#trusted}), or cannot be looked at.
 */
final class FilesDigest {
    private FilesDigest() {
    }

    /** The digest of the files with their {@code stamps}, or null when some file has no stamp or one that cannot vouch for its bytes. */
    static String of(List<Path> files, Map<Path, FileStamp> stamps, String extractorVersion, String baseUri) {
        StringBuilder text = new StringBuilder(files.size() * 96);
        text.append(extractorVersion).append('\n').append(baseUri).append('\n');
        for (Path file : files) {
            FileStamp stamp = stamps.get(file);
            if (stamp == null || !stamp.trusted()) {
                return null;
            }
            // the time as numbers: formatting ten thousand instants as ISO dates took a tenth of a second
            text.append(file.toAbsolutePath()).append('\t').append(stamp.size()).append('\t').append(stamp.modified().getEpochSecond())
                    .append('.').append(stamp.modified().getNano()).append('\n');
        }
        return ReportExtractor.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
