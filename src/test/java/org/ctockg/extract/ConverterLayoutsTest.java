package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed reports as a PDF converter prints them (plain text wrapped at 80 columns, CRLF,
 * byte-order mark, job numbers, barcodes and page numbers between pages, footnote markers
 * glued to words) must give the same answer to every query as the Markdown seeds.
 */
class ConverterLayoutsTest {
    private static Dataset markdown;
    private static Dataset plain;

    @BeforeAll
    static void load() {
        ReferenceData reference = ReferenceData.load();
        ReportExtractor extractor = new ReportExtractor(new Iris(BaseIri.DEFAULT), reference);
        markdown = InMemoryCorpus.load(List.of(Path.of("data/reports")), extractor, reference, d -> { }).dataset();
        plain = InMemoryCorpus.load(List.of(Path.of("src/test/resources/layouts/plain-wrapped")), extractor, reference, d -> { }).dataset();
    }

    static Stream<String> queries() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            // the search queries rank by text similarity, which a layout's line breaks rightly change
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq") && !n.startsWith("search"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void sameRowsWhateverTheLayout(String query) throws IOException {
        String q = Files.readString(Path.of("queries", query));
        Set<String> fromMarkdown = rows(markdown, q);
        assertFalse(fromMarkdown.isEmpty(), query + " finds nothing in the seeds");
        assertEquals(fromMarkdown, rows(plain, q), query);
    }

    private static Set<String> rows(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(s -> {
                    StringBuilder b = new StringBuilder();
                    // IRIs of text units differ where a converter moved a line; compare the readable columns
                    rs.getResultVars().stream().filter(v -> s.get(v) == null || s.get(v).isLiteral())
                            .forEach(v -> b.append(v).append('=').append(s.get(v) == null ? "" : s.get(v).asLiteral().getLexicalForm()).append(' '));
                    out.add(b.toString());
                });
            }
            return out;
        });
    }
}
