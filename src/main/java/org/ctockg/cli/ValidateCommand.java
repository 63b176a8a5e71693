package org.ctockg.cli;

import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.ctockg.store.InMemoryCorpus;
import org.ctockg.vocab.OntologyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Checks the graph of the given reports against the SHACL shapes of ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the graph of the given reports against the SHACL shapes; print each violation as one line.")
final class ValidateCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");

    @Mixin
    CorpusOptions corpus;

    @Override
    public Integer call() {
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
