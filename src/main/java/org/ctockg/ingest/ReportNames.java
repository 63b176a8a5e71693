package org.ctockg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.Iris;

/**
 * Two files whose names give one report name ({@code a/r.txt} and {@code b/r.md}) would merge
 * into one report graph: the first is read, each later one gets a line and is skipped.
 */
public final class ReportNames {
    private ReportNames() {
    }

    /** The report graph a file's triples go in. */
    public static Node graphOf(Path file, Iris iris) {
        return iris.reportGraph(ReportExtractor.reportId(file.getFileName().toString()));
    }

    /** The files in order, without those whose report name an earlier file has; each of those is one problem. */
    public static List<Path> keepFirst(List<Path> files, Iris iris, Consumer<Diagnostic> problems) {
        Map<Node, Path> first = new HashMap<>();
        List<Path> out = new ArrayList<>();
        for (Path file : files) {
            Node graph = graphOf(file, iris);
            Path earlier = first.putIfAbsent(graph, file);
            if (earlier == null) {
                out.add(file);
            } else {
                problems.accept(Diagnostic.error(file.toString(), "has the same report name as " + earlier + " (graph <"
                        + graph.getURI() + ">); skipped"));
            }
        }
        return out;
    }
}
