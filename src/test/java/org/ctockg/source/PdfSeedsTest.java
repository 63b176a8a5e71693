package org.ctockg.source;

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
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report read from its PDF gives the same facts as its text: the seeds printed as the UN
 * prints them ({@link UnPdfWriter}: A4, masthead in two columns, running header with a symbol,
 * footer with job number and page number, paragraph numbers in the margin, footnotes at the foot
 * of the page in smaller print, long words hyphenated; with and without space between
 * paragraphs) answer every query with the same rows.
 */
class PdfSeedsTest {
    @TempDir
    static Path pdfs;
    @TempDir
    static Path compact;
    private static Dataset fromText;
    private static Dataset fromPdf;
    private static Dataset fromCompactPdf;

    @BeforeAll
    static void load() throws IOException {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("data/reports"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < seeds.size(); i++) {
            String stem = seeds.get(i).getFileName().toString().replaceFirst("\\.txt$", "");
            // a symbol and a job number of no real document, so that a header or footer read as text would show
            UnPdfWriter.Options options = new UnPdfWriter.Options("CTOC/COP/WG.9/2099/" + (i + 1), false, "V.99-5" + i + "321", true);
            Files.write(pdfs.resolve(stem + ".pdf"), UnPdfWriter.write(Files.readString(seeds.get(i)), options));
            UnPdfWriter.Options unspaced = new UnPdfWriter.Options(options.symbol(), false, options.jobNumber(), true, false);
            Files.write(compact.resolve(stem + ".pdf"), UnPdfWriter.write(Files.readString(seeds.get(i)), unspaced));
        }
        ReferenceData reference = ReferenceData.load();
        ReportExtractor extractor = new ReportExtractor(new Iris(BaseIri.DEFAULT), reference);
        fromText = InMemoryCorpus.load(List.of(Path.of("data/reports")), extractor, reference, d -> { }).dataset();
        fromPdf = InMemoryCorpus.load(List.of(pdfs), extractor, reference, d -> { }).dataset();
        fromCompactPdf = InMemoryCorpus.load(List.of(compact), extractor, reference, d -> { }).dataset();
    }

    static Stream<String> queries() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            // the search queries rank by text similarity, which rightly depends on line breaks
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq") && !n.startsWith("search"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void sameRowsFromThePdf(String query) throws IOException {
        String q = Files.readString(Path.of("queries", query));
        Set<String> text = rows(fromText, q);
        assertFalse(text.isEmpty(), query + " finds nothing in the seeds");
        assertEquals(String.join("\n", text), String.join("\n", rows(fromPdf, q)), query);
    }

    /** Printed without space between paragraphs: the short last line and the number in the margin tell where one ends. */
    @ParameterizedTest
    @MethodSource("queries")
    void sameRowsFromAPdfWithoutSpaceBetweenParagraphs(String query) throws IOException {
        String q = Files.readString(Path.of("queries", query));
        assertEquals(String.join("\n", rows(fromText, q)), String.join("\n", rows(fromCompactPdf, q)), query);
    }

    /** The literal columns of each row; a file name is compared without its extension (.txt, .pdf, .html). */
    static Set<String> rows(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(s -> {
                    StringBuilder b = new StringBuilder();
                    rs.getResultVars().stream().filter(v -> s.get(v) == null || s.get(v).isLiteral())
                            .forEach(v -> b.append(v).append('=').append(s.get(v) == null ? ""
                                    : s.get(v).asLiteral().getLexicalForm().replaceFirst("\\.(txt|pdf|html)$", "")).append(' '));
                    out.add(b.toString());
                });
            }
            return out;
        });
    }
}
