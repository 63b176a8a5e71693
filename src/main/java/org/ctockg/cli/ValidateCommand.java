package org.ctockg.cli;

import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.ctockg.store.InMemoryCorpus;
import org.ctockg.vocab.OntologyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks the graph of the given reports against the SHACL shapes of ontology/shapes.ttl. */
final class ValidateCommand implements CliCommand {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");

    @Override
    public Options options() {
        return CorpusOptions.addTo(new Options());
    }

    @Override
    public int run(Arguments args) {
        CorpusOptions corpus = CorpusOptions.of(args);
        InMemoryCorpus.Result loaded = corpus.load();
        Shapes shapes = Shapes.parse(OntologyFiles.shapes());
        ValidationReport report = Txn.calculateRead(loaded.dataset(), () -> {
            Graph union = loaded.dataset().asDatasetGraph().getUnionGraph();
            return ShaclValidator.get().validate(shapes, union);
        });
        report.getEntries().forEach(e -> System.out.println(
                e.severity().level().getLocalName() + "\t" + e.focusNode() + "\t"
                        + (e.resultPath() == null ? "" : e.resultPath()) + "\t" + e.message()));
        LOG.info("{} violation(s) of the SHACL shapes", report.getEntries().size());
        return report.conforms() && loaded.failures() == 0 ? 0 : 1;
    }
}
