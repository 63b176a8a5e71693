package org.ctockg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A report read from a web page ({@link UnHtmlWriter}) gives the same facts as its text. */
class HtmlSeedsTest {
    @TempDir
    static Path pages;
    private static Dataset fromText;
    private static Dataset fromHtml;

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("data/reports"))) {
            for (Path seed : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String stem = seed.getFileName().toString().replaceFirst("\\.txt$", "");
                Files.writeString(pages.resolve(stem + ".html"), UnHtmlWriter.write(Files.readString(seed)));
            }
        }
        ReferenceData reference = ReferenceData.load();
        ReportExtractor extractor = new ReportExtractor(new Iris(BaseIri.DEFAULT), reference);
        fromText = InMemoryCorpus.load(List.of(Path.of("data/reports")), extractor, reference, d -> { }).dataset();
        fromHtml = InMemoryCorpus.load(List.of(pages), extractor, reference, d -> { }).dataset();
    }

    static Stream<String> queries() throws IOException {
        return PdfSeedsTest.queries();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void sameRowsFromTheWebPage(String query) throws IOException {
        String q = Files.readString(Path.of("queries", query));
        Set<String> text = PdfSeedsTest.rows(fromText, q);
        assertFalse(text.isEmpty(), query + " finds nothing in the seeds");
        assertEquals(String.join("\n", text), String.join("\n", PdfSeedsTest.rows(fromHtml, q)), query);
    }
}
