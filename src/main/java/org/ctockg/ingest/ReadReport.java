package org.ctockg.ingest;

import java.nio.file.Path;
import java.util.Collection;

import org.apache.jena.graph.Triple;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.extract.ExtractedReport;

/** What reading one report file gave a writer: its triples, the news that its bytes did not change, or one problem. */
public sealed interface ReadReport {
    Path file();

    /** The file's name without its folder, as the graphs record it. */
    default String name() {
        return file().getFileName().toString();
    }

    /** The report's triples, each once, and what is known of it. */
    record Extracted(Path file, FileStamp stamp, ExtractedReport report, Collection<Triple> triples) implements ReadReport {
    }

    /** The file's bytes hash to what the reader was told is stored: nothing was extracted. */
    record Unchanged(Path file, FileStamp stamp, String contentHash) implements ReadReport {
    }

    /** The file could not be read as a report: one line for the user. */
    record Failed(Path file, Diagnostic problem) implements ReadReport {
    }
}
