package org.ctockg.cli;

import static org.ctockg.cli.CommandOptions.valued;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.Options;
import org.apache.jena.riot.system.StreamRDFLib;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.extract.ReportFiles;
import org.ctockg.extract.ReportRejectedException;
import org.ctockg.reference.ReferenceData;
import org.ctockg.source.Deadline;
import org.ctockg.source.InputLimits;
import org.ctockg.source.SourceFormat;
import org.ctockg.source.SourceReaders;
import org.ctockg.source.SourceText;
import org.ctockg.source.UnreadableSourceException;

/**
 * A benchmark, not a test: extraction throughput over many copies of the given reports, read
 * once into memory so that disk speed does not count. Each report's triples are streamed to a
 * sink that drops them (as {@code extract} streams them to its writer), so the figure is the
 * recognisers' own. With PDF files among them, also the pages per second of reading the PDFs alone.
 */
final class BenchExtractCommand implements CliCommand {
    private static final int DEFAULT_COPIES = 1000;
    private static final int DEFAULT_WARMUP = 50;

    private int copies;

    @Override
    public Options options() {
        return CorpusOptions.addTo(new Options()
                .addOption(valued("copies", "N", "copies of each report (default " + DEFAULT_COPIES + ")"))
                .addOption(valued("warmup", "N", "copies extracted first and not counted (default " + DEFAULT_WARMUP + ")")));
    }

    @Override
    public int run(Arguments args) throws IOException, ReportRejectedException {
        copies = args.whole("copies", DEFAULT_COPIES);
        int warmup = args.whole("warmup", DEFAULT_WARMUP);
        CorpusOptions corpus = CorpusOptions.of(args);
        List<Path> files = ReportFiles.expand(corpus.reports, CorpusOptions::report);
        List<byte[]> texts = new ArrayList<>();
        long bytesPerRound = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            texts.add(b);
            bytesPerRound += b.length;
        }
        ReportExtractor extractor = new ReportExtractor(corpus.iris(), ReferenceData.load());
        for (int i = 0; i < warmup; i++) {
            round(extractor, files, texts);
        }
        long triples = 0;
        long start = System.nanoTime();
        for (int i = 0; i < copies; i++) {
            triples += round(extractor, files, texts);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long reports = (long) copies * texts.size();
        System.out.printf("reports\t%d%nseconds\t%.2f%nreports_per_second\t%.0f%nMB_per_second\t%.2f%ntriples_per_second\t%.0f%n",
                reports, seconds, reports / seconds, copies * bytesPerRound / 1e6 / seconds, triples / seconds);
        benchPdfReading(files, texts);
        return 0;
    }

    /**
     * With PDF files among the reports: the pages of PDF read per second by the PDF reader alone
     * (PDFBox and the layout into report text, without the recognisers), over the same copies.
     */
    private void benchPdfReading(List<Path> files, List<byte[]> texts) {
        List<byte[]> pdfs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long pagesPerRound = 0;
        for (int k = 0; k < files.size(); k++) {
            String name = files.get(k).getFileName().toString();
            SourceText read = readSource(name, texts.get(k));
            if (read != null && read.format() == SourceFormat.PDF) {
                pdfs.add(texts.get(k));
                names.add(name);
                pagesPerRound += read.pages();
            }
        }
        if (pdfs.isEmpty()) {
            return;
        }
        int rounds = Math.max(1, copies);
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < pdfs.size(); k++) {
                readSource(names.get(k), pdfs.get(k));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("pdf_pages\t%d%npdf_reading_seconds\t%.2f%npdf_pages_per_second\t%.1f%n",
                rounds * pagesPerRound, seconds, rounds * pagesPerRound / seconds);
    }

    private static SourceText readSource(String name, byte[] bytes) {
        try {
            return SourceReaders.read(name, bytes, InputLimits.DEFAULT, Deadline.after(InputLimits.DEFAULT.timePerReport()));
        } catch (UnreadableSourceException e) {
            return null;
        }
    }

    private static long round(ReportExtractor extractor, List<Path> files, List<byte[]> texts) throws ReportRejectedException {
        long triples = 0;
        for (int k = 0; k < texts.size(); k++) {
            triples += extractor.extract(files.get(k).getFileName().toString(), texts.get(k), StreamRDFLib.sinkNull()).triples();
        }
        return triples;
    }
}
