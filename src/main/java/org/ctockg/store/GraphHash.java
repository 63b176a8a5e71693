package org.ctockg.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.ctockg.extract.ReportExtractor;

/**
 * A hash of a graph's content that does not depend on the order of its triples nor on the labels
 * its blank nodes happen to get: each triple as N-Triples with every blank node written {@code _:b},
 * the lines sorted. Two graphs that differ only in how blank nodes are wired together hash the
 * same; the ontology and the reference data never change that way alone.
 */
final class GraphHash {
    private GraphHash() {
    }

    static String of(Graph graph) {
        List<String> lines = new ArrayList<>();
        graph.find().forEachRemaining(t -> lines.add(term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject())));
        lines.sort(null);
        return ReportExtractor.sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }
}
