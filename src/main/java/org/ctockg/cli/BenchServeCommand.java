package org.ctockg.cli;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.ctockg.bench.HttpLoad;
import org.ctockg.bench.SamplePages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A benchmark, not a test: loads a running server with the contract queries, then with
 * resource pages as HTML and as Turtle, at 1, 8 and 32 concurrent clients, and prints the
 * throughput and the median and 99th percentile latency of each.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = "Measure a running server: SPARQL queries and resource pages with 1, 8 and 32 clients.")
final class BenchServeCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:3030", description = "the server (default ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--queries", defaultValue = "queries", description = "folder of .rq files to send (default ${DEFAULT-VALUE})")
    Path queries;

    @Option(names = "--seconds", defaultValue = "10", description = "length of each run (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,32", description = "concurrent clients (default ${DEFAULT-VALUE})")
    List<Integer> clients;

    @Option(names = "--pages", split = ",", paramLabel = "PATH",
            description = "resource pages to fetch (default: a State, a resolution, an article, a working group and a report found on the server)")
    List<String> pages;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<HttpRequest> sparql = new ArrayList<>();
        try (Stream<Path> files = Files.list(queries)) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).filter(p -> !p.getFileName().toString().equals("search.rq")).sorted().toList()) {
                sparql.add(HttpLoad.get(url + "/ctoc/sparql?query=" + URLEncoder.encode(Files.readString(q), StandardCharsets.UTF_8),
                        "application/sparql-results+json"));
            }
        }
        List<String> pages = this.pages != null ? this.pages : samplePages();
        List<HttpRequest> html = pages.stream().map(p -> HttpLoad.get(url + p, "text/html")).toList();
        List<HttpRequest> turtle = pages.stream().map(p -> HttpLoad.get(url + p, "text/turtle")).toList();
        HttpLoad load = new HttpLoad();
        System.out.println("workload\tclients\trequests\terrors\trequests_per_second\tmedian_ms\tp99_ms");
        for (var workload : List.of(new Workload("sparql", sparql), new Workload("html", html), new Workload("turtle", turtle))) {
            load.run(workload.requests(), 2, Duration.ofSeconds(Math.min(3, seconds)));
            for (int c : clients) {
                HttpLoad.Result r = load.run(workload.requests(), c, Duration.ofSeconds(seconds));
                System.out.printf("%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f%n", workload.name(), c, r.requests(), r.errors(), r.perSecond(),
                        r.medianMs(), r.p99Ms());
            }
        }
        return 0;
    }

    /** Asks the server for one resource of each kind (see {@link SamplePages}). */
    private List<String> samplePages() throws IOException, InterruptedException {
        List<String> paths = SamplePages.of(url);
        if (paths.isEmpty()) {
            throw new UserError(url + ": the server holds no resources to fetch; give --pages");
        }
        return paths;
    }

    private record Workload(String name, List<HttpRequest> requests) {
    }
}
