package org.ctockg.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.ctockg.extract.ReportGraph;
import org.ctockg.extract.ReportRejectedException;
import org.ctockg.reference.ReferenceData;
import org.ctockg.vocab.OntologyFiles;

/**
 * The graph of some reports held in memory, for the {@code query}, {@code extract} and
 * {@code validate} commands: one named graph per report, plus the ontology and the reference
 * data, in an in-memory TDB2 whose default graph is the union of them all, as on the server.
 */
public final class InMemoryCorpus {
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
        Txn.executeWrite(dsg, () -> {
            dsg.addGraph(extractor.iris().ontologyGraph(), OntologyFiles.ontology());
            dsg.addGraph(extractor.iris().referenceGraph(), reference.toGraph(extractor.iris()));
        });
        Map<Node, Path> seen = new HashMap<>();
        for (Path file : ReportFiles.expand(paths, counting)) {
            Node graph = extractor.iris().reportGraph(ReportExtractor.reportId(file.getFileName().toString()));
            Path earlier = seen.putIfAbsent(graph, file);
            if (earlier != null) {
                // as the database does: two files of one name would otherwise merge into one report
                counting.accept(Diagnostic.error(file.toString(), "has the same report name as " + earlier + " (graph <"
                        + graph.getURI() + ">); skipped"));
                continue;
            }
            try {
                ReportGraph rg = extractor.extract(file);
                rg.warnings().forEach(problems);
                Txn.executeWrite(dsg, () -> dsg.addGraph(rg.graphName(), rg.graph()));
            } catch (ReportRejectedException e) {
                counting.accept(e.toDiagnostic());
            }
        }
        return new Result(DatasetFactory.wrap(dsg), failed[0]);
    }

    public record Result(Dataset dataset, int failures) {
    }
}
