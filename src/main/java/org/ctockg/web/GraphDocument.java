package org.ctockg.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** A document served as one graph about one main resource (see {@link GraphDocumentServlet}). */
interface GraphDocument {
    Node mainNode();

    Graph graph();
}
