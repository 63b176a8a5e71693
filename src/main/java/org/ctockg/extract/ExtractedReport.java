package org.ctockg.extract;

import java.util.List;

import org.apache.jena.graph.Node;
import org.ctockg.diagnostics.Diagnostic;

/**
 * What streaming one report's triples left to know about it: the file it came from (no folder),
 * its name, the graph its triples belong in, the hash of its bytes, the warnings, and how many
 * triples were sent (repeats included).
 */
public record ExtractedReport(String sourceFile, String reportId, Node graphName, String contentHash,
                              List<Diagnostic> warnings, long triples) {
}
