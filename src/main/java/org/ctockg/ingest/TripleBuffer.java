package org.ctockg.ingest;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;

/** The triples of one report as they stream out of the extractor, each once, in the order first sent. */
final class TripleBuffer extends StreamRDFBase {
    private final Set<Triple> triples = new LinkedHashSet<>();

    @Override
    public void triple(Triple triple) {
        triples.add(triple);
    }

    Collection<Triple> triples() {
        return Collections.unmodifiableSet(triples);
    }
}
