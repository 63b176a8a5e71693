package org.ctockg.store;

import java.time.Instant;

import org.apache.jena.graph.Node;
import org.ctockg.ingest.FileStamp;

/**
 * What the catalog records of one stored report: its graph, the file it was read from (no
 * folder), the SHA-256 of that file's bytes, the extraction code that read it, and when; the
 * file's size and time when they can vouch for its bytes (else null); its number of triples
 * (-1 when not recorded).
 */
public record CatalogEntry(Node graph, String sourceFile, String contentHash, String extractor, Instant loaded,
                           FileStamp stamp, long triples) {

    /** True when a file with this name and hash, read by this extractor, would give the stored graph again. */
    boolean matches(String fileName, String hash, String currentExtractor) {
        return sourceFile.equals(fileName) && contentHash.equals(hash) && extractor.equals(currentExtractor);
    }

    /** True when the file still bears the size and time it had when read, so its bytes need not be hashed again. */
    boolean vouchedFor(String fileName, FileStamp now, String currentExtractor) {
        return sourceFile.equals(fileName) && extractor.equals(currentExtractor) && now.sameAs(stamp);
    }
}
