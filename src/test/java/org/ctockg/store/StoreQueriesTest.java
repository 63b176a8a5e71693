package org.ctockg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.vocab.Ctoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contract query gives the same rows over the database as over the in-memory graph of {@code query}. */
class StoreQueriesTest {
    private static final Path SEEDS = Path.of("data/reports");

    @TempDir
    Path tmp;

    @Test
    void everyContractQueryAnswersAsInMemory() throws IOException {
        ReferenceData reference = ReferenceData.load();
        ReportExtractor extractor = new ReportExtractor(new Iris(BaseIri.DEFAULT), reference);
        Dataset memory = InMemoryCorpus.load(List.of(SEEDS), extractor, reference, d -> { }).dataset();
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(queries.isEmpty());
        try (PersistentCorpus store = PersistentCorpus.open(tmp.resolve("db"), extractor, reference)) {
            store.sync(List.of(SEEDS), d -> { });
            for (Path q : queries) {
                String text = Files.readString(q);
                List<String> expected = rows(memory, text);
                assertFalse(expected.isEmpty(), q.toString());
                assertEquals(expected, rows(store.dataset(), text), q.toString());
            }
            // the store's catalog is not in the union default graph
            String ontologyTerms = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?p), \"" + Ctoc.NS + "\")) }";
            assertEquals(rows(memory, ontologyTerms), rows(store.dataset(), ontologyTerms));
        }
    }

    private static List<String> rows(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(String.join("|", rs.getResultVars().stream().map(v -> String.valueOf(s.get(v))).toList()));
                }
            }
            out.sort(null);
            return out;
        });
    }
}
