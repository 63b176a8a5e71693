package org.ctockg.reference;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ctockg.rdf.Iris;

/** Placeholder: the reference tables of data/reference (filled in by the reference-data work). */
public final class ReferenceData {
    private ReferenceData() {
    }

    public static ReferenceData load() {
        return new ReferenceData();
    }

    public Graph toGraph(Iris iris) {
        return GraphFactory.createDefaultGraph();
    }
}
