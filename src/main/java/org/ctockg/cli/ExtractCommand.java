package org.ctockg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.ctockg.rdf.Iris;
import org.ctockg.rdf.Prefixes;
import org.ctockg.store.InMemoryCorpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the graph of the given reports in one RDF format. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Write the graph of the given reports as Turtle, TriG, N-Quads, JSON-LD or RDF/XML.")
final class ExtractCommand implements Callable<Integer> {

    enum Format {
        turtle(RDFFormat.TURTLE_BLOCKS, false), trig(RDFFormat.TRIG_BLOCKS, true), nquads(RDFFormat.NQUADS, true),
        jsonld(RDFFormat.JSONLD11, true), rdfxml(RDFFormat.RDFXML_PLAIN, false), ntriples(RDFFormat.NTRIPLES, false);

        final RDFFormat rdf;
        final boolean quads;

        Format(RDFFormat rdf, boolean quads) {
            this.rdf = rdf;
            this.quads = quads;
        }
    }

    @Option(names = "--format", defaultValue = "turtle",
            description = "turtle, trig, nquads, jsonld, rdfxml or ntriples (default ${DEFAULT-VALUE}); "
                    + "the triple formats merge the reports' graphs into one")
    Format format;

    @Option(names = "--with-reference", description = "also write the ontology and the reference data")
    boolean withReference;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
    Path output;

    @Mixin
    CorpusOptions corpus;

    @Override
    public Integer call() throws IOException {
        InMemoryCorpus.Result loaded = corpus.load();
        DatasetGraph source = loaded.dataset().asDatasetGraph();
        Iris iris = corpus.iris();
        DatasetGraph selected = DatasetGraphFactory.createGeneral();
        Prefixes.applyTo(selected.prefixes(), iris);
        Txn.executeRead(source, () -> {
            for (Iterator<Node> it = source.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                boolean reference = g.equals(iris.ontologyGraph()) || g.equals(iris.referenceGraph());
                if (withReference || !reference) {
                    source.getGraph(g).find().forEachRemaining(t -> selected.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                }
            }
        });
        try (OutputStream out = output == null ? new NonClosingStdout() : Files.newOutputStream(output)) {
            if (format.quads) {
                RDFDataMgr.write(out, selected, format.rdf);
            } else {
                // the union graph view has no prefixes of its own: write a copy that has them
                org.apache.jena.graph.Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                selected.getUnionGraph().find().forEachRemaining(union::add);
                selected.prefixes().forEach((prefix, uri) -> union.getPrefixMapping().setNsPrefix(prefix, uri));
                RDFDataMgr.write(out, union, format.rdf);
            }
        }
        return loaded.failures() == 0 ? 0 : 1;
    }

    /** Standard output, flushed but never closed. */
    private static final class NonClosingStdout extends java.io.FilterOutputStream {
        NonClosingStdout() {
            super(System.out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static Lang lang(Format f) {
        return f.rdf.getLang();
    }
}
