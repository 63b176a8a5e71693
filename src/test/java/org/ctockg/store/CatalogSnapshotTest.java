package org.ctockg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.ctockg.ingest.FileStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog's snapshot is believed only at the version it was written at; telling which costs its first line. */
class CatalogSnapshotTest {
    @TempDir
    Path dir;

    private static final CatalogEntry ENTRY = new CatalogEntry(NodeFactory.createURI("http://localhost:3030/graph/report/a"), "a\tb.txt",
            "0".repeat(64), "code", Instant.ofEpochSecond(1_764_633_600, 5),
            new FileStamp(42, Instant.ofEpochSecond(1_764_000_000, 7), Instant.ofEpochSecond(1_764_633_000)), 17);

    @Test
    void aSnapshotIsAtTheVersionItWasWrittenAtOnly() throws IOException {
        assertFalse(CatalogSnapshot.isAt(dir, "v1"), "none yet");
        CatalogSnapshot.write(dir, "v1", List.of(ENTRY));
        assertTrue(CatalogSnapshot.isAt(dir, "v1"));
        assertFalse(CatalogSnapshot.isAt(dir, "v2"));
        assertFalse(CatalogSnapshot.isAt(dir, null));
        assertEquals(Optional.of(Map.of(ENTRY.graph(), ENTRY)), CatalogSnapshot.read(dir, "v1"), "read back as written");

        Files.writeString(dir.resolve(CatalogSnapshot.FILE), "something else\n");
        assertFalse(CatalogSnapshot.isAt(dir, "v1"));
    }
}
