package org.ctockg.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.ctockg.check.ReadSummary;
import org.ctockg.check.RecognisedFacts;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.extract.ReportFiles;
import org.ctockg.extract.ReportGraph;
import org.ctockg.extract.ReportRejectedException;
import org.ctockg.reference.ReferenceData;
import org.ctockg.vocab.OntologyFiles;

/** Says, report by report, what was read: per fact family what was recognised, and what was skipped and why. */
final class CheckCommand implements CliCommand {

    @Override
    public Options options() {
        return CorpusOptions.addTo(new Options());
    }

    @Override
    public int run(Arguments args) {
        CorpusOptions corpus = CorpusOptions.of(args);
        ReferenceData reference = ReferenceData.load();
        ReportExtractor extractor = new ReportExtractor(corpus.iris(), reference);
        Graph context = new Union(reference.toGraph(extractor.iris()), OntologyFiles.ontology());
        List<Path> files = ReportFiles.expand(corpus.reports, d -> System.out.println(d.toLine()));
        for (Path file : files) {
            try {
                ReportGraph rg = extractor.extract(file);
                ReadSummary summary = new ReadSummary(file.toString(),
                        RecognisedFacts.count(rg.graphName(), rg.graph(), context), rg.warnings());
                summary.lines().forEach(System.out::println);
            } catch (ReportRejectedException e) {
                System.out.println(e.toDiagnostic().toLine());
            }
        }
        return 0;
    }

}
