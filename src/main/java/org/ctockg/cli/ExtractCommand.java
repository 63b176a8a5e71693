package org.ctockg.cli;

import static org.ctockg.cli.CommandOptions.flag;
import static org.ctockg.cli.CommandOptions.valued;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.extract.ReportFiles;
import org.ctockg.ingest.OrderedPipeline;
import org.ctockg.ingest.Progress;
import org.ctockg.ingest.ReadReport;
import org.ctockg.ingest.ReportNames;
import org.ctockg.ingest.ReportReader;
import org.ctockg.rdf.Iris;
import org.ctockg.rdf.Prefixes;
import org.ctockg.reference.ReferenceData;
import org.ctockg.vocab.OntologyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the graph of the given reports in one RDF format. N-Quads, N-Triples, TriG and Turtle
 * stream: each report's triples are written as soon as it is read, so memory stays flat whatever
 * the number of reports (a triple that several reports state is written once per report in the
 * triple formats). JSON-LD and RDF/XML are whole documents that Jena writes from a graph in
 * memory: they hold every report at once and say so.
 */
final class ExtractCommand implements CliCommand {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");

    enum Format {
        turtle(RDFFormat.TURTLE_BLOCKS, false, true), trig(RDFFormat.TRIG_BLOCKS, true, true), nquads(RDFFormat.NQUADS, true, true),
        jsonld(RDFFormat.JSONLD11, true, false), rdfxml(RDFFormat.RDFXML_PLAIN, false, false), ntriples(RDFFormat.NTRIPLES, false, true);

        final RDFFormat rdf;
        final boolean quads;
        final boolean streams;

        Format(RDFFormat rdf, boolean quads, boolean streams) {
            this.rdf = rdf;
            this.quads = quads;
            this.streams = streams;
        }
    }

    private Format format;

    @Override
    public Options options() {
        return CorpusOptions.addTo(new Options()
                .addOption(valued("format", "FORMAT", "turtle, trig, nquads, jsonld, rdfxml or ntriples (default " + Format.turtle + "); "
                        + "the triple formats merge the reports' graphs into one; jsonld and rdfxml hold the whole graph in memory"))
                .addOption(flag("with-reference", "also write the ontology and the reference data"))
                .addOption(valued("o", "output", "FILE", "write here instead of standard output")));
    }

    @Override
    public int run(Arguments args) throws IOException {
        format = args.choice("format", Format.turtle);
        boolean withReference = args.flag("with-reference");
        Path output = args.path("output", null);
        CorpusOptions corpus = CorpusOptions.of(args);
        Iris iris = corpus.iris();
        ReferenceData reference = ReferenceData.load();
        int[] failed = {0};
        Consumer<Diagnostic> problems = d -> {
            failed[0]++;
            CorpusOptions.report(d);
        };
        List<Path> files = ReportNames.keepFirst(ReportFiles.expand(corpus.reports, problems), iris, problems);
        PrefixMap prefixes = PrefixMapFactory.create();
        Prefixes.applyTo(prefixes, iris);
        try (OutputStream out = output == null ? new NonClosingStdout() : Files.newOutputStream(output)) {
            Buffered buffer = format.streams ? null : new Buffered(format.quads);
            if (buffer != null) {
                LOG.info("{} is not written as a stream: the whole graph is held in memory (nquads, trig, ntriples and turtle stream)", format);
            }
            StreamRDF stream = buffer != null ? buffer.stream : StreamRDFWriter.getWriterStream(out, format.rdf);
            stream.start();
            prefixes.forEach(stream::prefix);
            if (withReference) {
                write(stream, iris.ontologyGraph(), OntologyFiles.ontology().find().toList());
                write(stream, iris.referenceGraph(), reference.toGraph(iris).find().toList());
            }
            ReportReader reader = new ReportReader(new ReportExtractor(iris, reference));
            Progress progress = Progress.of("extract", files.size());
            OrderedPipeline.forThisMachine().run(files, reader::read, r -> {
                if (r instanceof ReadReport.Extracted e) {
                    e.report().warnings().forEach(CorpusOptions::report);
                    write(stream, e.report().graphName(), e.triples());
                } else if (r instanceof ReadReport.Failed f) {
                    failed[0]++;
                    CorpusOptions.report(f.problem());
                }
                progress.step();
            });
            stream.finish();
            if (buffer != null) {
                buffer.write(out, format.rdf, prefixes);
            }
            LOG.info("extract: read {}", progress.summary());
        }
        return failed[0] == 0 ? 0 : 1;
    }

    private void write(StreamRDF stream, Node graph, Iterable<Triple> triples) {
        for (Triple t : triples) {
            if (format.quads) {
                stream.quad(Quad.create(graph, t));
            } else {
                stream.triple(t);
            }
        }
    }

    /** For the formats that cannot stream: the graph (or dataset) built in memory, written at the end. */
    private static final class Buffered {
        final DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        final Graph graph = GraphFactory.createDefaultGraph();
        final StreamRDF stream;

        Buffered(boolean quads) {
            stream = quads ? StreamRDFLib.dataset(dataset) : StreamRDFLib.graph(graph);
        }

        void write(OutputStream out, RDFFormat format, PrefixMap prefixes) {
            if (format.getLang().equals(Lang.JSONLD11) || format.getLang().equals(Lang.JSONLD)) {
                prefixes.forEach((p, uri) -> dataset.prefixes().add(p, uri));
                RDFDataMgr.write(out, dataset, format);
            } else {
                for (Map.Entry<String, String> e : prefixes.getMapping().entrySet()) {
                    graph.getPrefixMapping().setNsPrefix(e.getKey(), e.getValue());
                }
                RDFDataMgr.write(out, graph, format);
            }
        }
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
