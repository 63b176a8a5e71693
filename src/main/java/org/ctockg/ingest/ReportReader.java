package org.ctockg.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.extract.ExtractedReport;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.extract.ReportFiles;
import org.ctockg.extract.ReportRejectedException;

/** What a worker does with one report file: read its bytes (held to the extractor's limits), and extract them unless they are the bytes already stored. Thread-safe. */
public final class ReportReader {
    private final ReportExtractor extractor;

    public ReportReader(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    public ReadReport read(Path file) {
        return read(file, null);
    }

    /** Reads the file; when its bytes hash to {@code storedHash} it is not extracted. Never throws for a bad file. */
    public ReadReport read(Path file, String storedHash) {
        String name = file.getFileName().toString();
        FileStamp stamp;
        byte[] bytes;
        try {
            stamp = FileStamp.of(file);
        } catch (IOException e) {
            stamp = null; // the reading says why
        }
        try {
            bytes = ReportFiles.read(file, extractor.limits());
        } catch (ReportRejectedException e) {
            return new ReadReport.Failed(file, e.toDiagnostic());
        }
        if (stamp == null) {
            return new ReadReport.Failed(file, Diagnostic.error(file.toString(), "cannot read the file's size and time"));
        }
        if (storedHash != null && storedHash.equals(ReportExtractor.sha256(bytes))) {
            return new ReadReport.Unchanged(file, stamp, storedHash);
        }
        TripleBuffer buffer = new TripleBuffer();
        try {
            ExtractedReport report = extractor.extract(name, bytes, buffer);
            return new ReadReport.Extracted(file, stamp, report, buffer.triples());
        } catch (ReportRejectedException e) {
            return new ReadReport.Failed(file, e.toDiagnostic());
        }
    }
}
