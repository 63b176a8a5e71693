package org.ctockg.store;

import java.time.Instant;

import org.apache.jena.graph.Node;

/**
 * What the catalog records of one stored report: its graph, the file it was read from (no
 * folder), the SHA-256 of that file's bytes, the extraction code that read it, and when.
 */
public record CatalogEntry(Node graph, String sourceFile, String contentHash, String extractor, Instant loaded) {

    /** True when a file with this name and hash, read by this extractor, would give the stored graph again. */
    boolean matches(String fileName, String hash, String currentExtractor) {
        return sourceFile.equals(fileName) && contentHash.equals(hash) && extractor.equals(currentExtractor);
    }
}
