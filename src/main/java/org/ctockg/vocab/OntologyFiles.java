package org.ctockg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology and the SHACL shapes, read from the copies of ontology/ the jar carries. */
public final class OntologyFiles {
    private OntologyFiles() {
    }

    public static Graph ontology() {
        return read("ctoc-kg/ontology/ctoc.ttl");
    }

    public static Graph shapes() {
        return read("ctoc-kg/ontology/shapes.ttl");
    }

    private static Graph read(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (rebuild the jar)");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}
