package org.ctockg.web.page;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What the server says about a resource, as RDF and as a page: the graph (its own statements,
 * the things listed as pointing to it with their statements, labels, evidence and the Hydra
 * collections of what points to it), and, per property, which things pointing to it are listed.
 * A listing is one page of one property's list, not the resource's whole description.
 */
public record Description(Node focus, Graph graph, List<IncomingLinks> incoming, boolean listing) {
    public Description {
        incoming = List.copyOf(incoming);
    }
}
