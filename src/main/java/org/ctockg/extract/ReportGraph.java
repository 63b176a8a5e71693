package org.ctockg.extract;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.ctockg.diagnostics.Diagnostic;

/**
 * What one report became: its triples, the name of the graph they belong in, the hash of
 * the bytes they were read from (to tell later whether the file changed), and the warnings.
 */
public record ReportGraph(String sourceFile, String reportId, Node graphName, Graph graph,
                          String contentHash, List<Diagnostic> warnings) {
}
