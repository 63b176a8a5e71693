package org.ctockg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.extract.ReportFiles;
import org.ctockg.ingest.OrderedPipeline;
import org.ctockg.ingest.ReportNames;
import org.ctockg.ingest.Progress;
import org.ctockg.ingest.ReadReport;
import org.ctockg.ingest.ReportReader;
import org.ctockg.reference.ReferenceData;
import org.ctockg.vocab.OntologyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph of some reports held in memory, for the {@code query} and {@code validate} commands:
 * one named graph per report, plus the ontology and the reference data, in an in-memory TDB2
 * whose default graph is the union of them all, as on the server. Reports are read in parallel
 * and each one's triples go straight into the dataset, in file order; two files of one report
 * name are not merged (the second is skipped with a line, as the database does).
 */
public final class InMemoryCorpus {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");
    private InMemoryCorpus() {
    }

    /** Reads every report; a file that cannot be read is reported, counted and skipped. */
    public static Result load(List<Path> paths, ReportExtractor extractor, ReferenceData reference,
                              Consumer<Diagnostic> problems) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        int[] failed = {0};
        Consumer<Diagnostic> counting = d -> {
            failed[0]++;
            problems.accept(d);
        };
        List<Path> files = ReportNames.keepFirst(ReportFiles.expand(paths, counting), extractor.iris(), counting);
        ReportReader reader = new ReportReader(extractor);
        Progress progress = Progress.of("reading", files.size());
        Txn.executeWrite(dsg, () -> {
            dsg.addGraph(extractor.iris().ontologyGraph(), OntologyFiles.ontology());
            dsg.addGraph(extractor.iris().referenceGraph(), reference.toGraph(extractor.iris()));
            OrderedPipeline.forThisMachine().run(files, reader::read, r -> {
                if (r instanceof ReadReport.Extracted e) {
                    e.report().warnings().forEach(problems);
                    Node g = e.report().graphName();
                    e.triples().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                } else if (r instanceof ReadReport.Failed f) {
                    counting.accept(f.problem());
                }
                progress.step();
            });
        });
        LOG.info("read {}", progress.summary());
        return new Result(DatasetFactory.wrap(dsg), failed[0]);
    }

    public record Result(Dataset dataset, int failures) {
    }
}
