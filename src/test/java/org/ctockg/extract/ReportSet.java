package org.ctockg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;

/** The reports of a folder of test resources in one dataset, and the rows queries of queries/ give over them. */
final class ReportSet {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private final Dataset dataset;

    ReportSet(Path folder) {
        ReportExtractor extractor = new ReportExtractor(new Iris(BaseIri.DEFAULT), REFERENCE);
        this.dataset = InMemoryCorpus.load(List.of(folder), extractor, REFERENCE, d -> { }).dataset();
    }

    /** The rows of a query file (or of a query text) read from one report: the given columns joined by "|". */
    Set<String> rows(String query, String source, String... columns) {
        String q = query.contains("SELECT") ? query : QueryFiles.read(query);
        return Txn.calculateRead(dataset, () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    if (!source.equals(value(s.get("source")))) {
                        continue;
                    }
                    java.util.StringJoiner row = new java.util.StringJoiner("|");
                    for (String c : columns) {
                        row.add(value(s.get(c)));
                    }
                    out.add(row.toString());
                }
            }
            return out;
        });
    }

    private static String value(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** Query files of queries/. */
    static final class QueryFiles {
        private QueryFiles() {
        }

        static String read(String name) {
            try {
                return java.nio.file.Files.readString(Path.of("queries", name + ".rq"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
