package org.ctockg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDFLib;
import org.ctockg.extract.ReportExtractor;
import org.ctockg.extract.ReportFiles;
import org.ctockg.extract.ReportRejectedException;
import org.ctockg.reference.ReferenceData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A benchmark, not a test: extraction throughput over many copies of the given reports, read
 * once into memory so that disk speed does not count. Each report's triples are streamed to a
 * sink that drops them (as {@code extract} streams them to its writer), so the figure is the
 * recognisers' own.
 */
@Command(name = "bench-extract", mixinStandardHelpOptions = true,
        description = "Measure extraction throughput over N copies of the given reports (in memory).")
final class BenchExtractCommand implements Callable<Integer> {

    @Option(names = "--copies", defaultValue = "1000", description = "copies of each report (default ${DEFAULT-VALUE})")
    int copies;

    @Option(names = "--warmup", defaultValue = "50", description = "copies extracted first and not counted (default ${DEFAULT-VALUE})")
    int warmup;

    @Mixin
    CorpusOptions corpus;

    @Override
    public Integer call() throws IOException, ReportRejectedException {
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
        return 0;
    }

    private static long round(ReportExtractor extractor, List<Path> files, List<byte[]> texts) throws ReportRejectedException {
        long triples = 0;
        for (int k = 0; k < texts.size(); k++) {
            triples += extractor.extract(files.get(k).getFileName().toString(), texts.get(k), StreamRDFLib.sinkNull()).triples();
        }
        return triples;
    }
}
