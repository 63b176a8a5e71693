package org.ctockg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.system.Txn;
import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.rdf.BaseIri;
import org.ctockg.rdf.Iris;
import org.ctockg.reference.ReferenceData;
import org.ctockg.store.InMemoryCorpus;
import org.ctockg.store.PersistentCorpus;
import org.ctockg.store.SyncSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs in a folder of reports, as {@code query}, {@code extract} and {@code validate} read them
 * (in memory) and {@code load} and {@code serve} store them: the good one is read, each bad one
 * gets one line with its reason, and the others go on.
 */
class PdfCorpusTest {
    @TempDir
    static Path folder;
    private static ReferenceData reference;
    private static ReportExtractor extractor;

    @BeforeAll
    static void write() throws IOException {
        byte[] good = UnPdfWriter.write(Files.readString(Path.of("data/reports/004_185fa763c015fd82.txt")),
                new UnPdfWriter.Options("CTOC/COP/WG.9/2099/4", false, "V.99-12345", true));
        Files.write(folder.resolve("good.pdf"), good);
        Files.write(folder.resolve("scan.pdf"), BadPdfs.scan(3));
        Files.write(folder.resolve("locked.pdf"), BadPdfs.encrypted(good, "secret", false));
        Files.write(folder.resolve("corrupt.pdf"), BadPdfs.corrupt());
        reference = ReferenceData.load();
        extractor = new ReportExtractor(new Iris(BaseIri.DEFAULT), reference);
    }

    private static void oneLineEach(List<Diagnostic> problems) {
        List<String> errors = problems.stream().filter(d -> d.severity() == org.ctockg.diagnostics.Severity.ERROR)
                .map(Diagnostic::toLine).sorted().toList();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).endsWith("corrupt.pdf: error: not a readable PDF: " + errors.get(0).split("PDF: ", 2)[1])
                || errors.get(0).contains("corrupt.pdf: error: the PDF is damaged"), errors.get(0));
        assertTrue(errors.get(1).endsWith("locked.pdf: error: the PDF is encrypted with a password"), errors.get(1));
        assertTrue(errors.get(2).endsWith("scan.pdf: error: the PDF has no text layer (3 pages of images, a scan?): it needs OCR first"),
                errors.get(2));
    }

    @Test
    void queryExtractAndValidateReadTheGoodPdfAndNameEachBadOne() {
        List<Diagnostic> problems = new ArrayList<>();
        InMemoryCorpus.Result r = InMemoryCorpus.load(List.of(folder), extractor, reference, problems::add);
        assertEquals(3, r.failures());
        oneLineEach(problems);
        long reports = Txn.calculateRead(r.dataset(), () -> r.dataset().asDatasetGraph().stream()
                .filter(q -> q.getGraph().getURI().contains("/graph/report/")).map(q -> q.getGraph()).distinct().count());
        assertEquals(1, reports);
    }

    @Test
    void loadAndServeStoreTheGoodPdfAndNameEachBadOne(@TempDir Path db) {
        List<Diagnostic> problems = new ArrayList<>();
        try (PersistentCorpus store = PersistentCorpus.open(db, extractor, reference)) {
            SyncSummary summary = store.load(List.of(folder), problems::add);
            assertEquals(1, summary.added());
            assertEquals(3, summary.failed());
            assertEquals("good.pdf", store.reports().get(0).sourceFile());
        }
        oneLineEach(problems);
    }
}
