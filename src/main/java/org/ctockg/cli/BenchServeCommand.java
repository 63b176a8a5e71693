package org.ctockg.cli;

import static org.ctockg.cli.CommandOptions.flag;
import static org.ctockg.cli.CommandOptions.valued;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.cli.Options;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.ctockg.bench.DashboardRender;
import org.ctockg.bench.HeadlessChromium;
import org.ctockg.bench.HttpLoad;
import org.ctockg.bench.SamplePages;

/**
 * A benchmark, not a test: loads a running server with the contract queries, with resource
 * pages as HTML and as Turtle, and with the query API (every query of its catalogue, without
 * and with each parameter's example), at 1, 8 and 32 concurrent clients, and prints the
 * throughput and the median and 99th percentile latency of each; then times the dashboard's
 * first render of each view in headless Chromium, when one is installed.
 */
final class BenchServeCommand implements CliCommand {
    private static final String DEFAULT_URL = "http://localhost:3030";
    private static final Path DEFAULT_QUERIES = Path.of("queries");
    private static final int DEFAULT_SECONDS = 10;
    private static final String DEFAULT_CLIENTS = "1,8,32";
    private static final String DEFAULT_WORKLOADS = "sparql,html,turtle,api,dashboard";
    private static final int DEFAULT_RELOADS = 5;

    private String url;
    private Path queries;
    private int seconds;
    private List<Integer> clients;
    private List<String> workloads;
    private int reloads;
    private List<String> pages;

    @Override
    public Options options() {
        return new Options()
                .addOption(valued("url", "URL", "the server (default " + DEFAULT_URL + ")"))
                .addOption(valued("queries", "DIR", "folder of .rq files to send (default " + DEFAULT_QUERIES + ")"))
                .addOption(valued("seconds", "N", "length of each run (default " + DEFAULT_SECONDS + ")"))
                .addOption(valued("clients", "N,N", "concurrent clients (default " + DEFAULT_CLIENTS + ")"))
                .addOption(valued("workloads", "NAME,NAME", "what to measure, of sparql, html, turtle, api, dashboard (default "
                        + DEFAULT_WORKLOADS + ")"))
                .addOption(valued("reloads", "N", "dashboard reloads after the first render (default " + DEFAULT_RELOADS + ")"))
                .addOption(valued("pages", "PATH,PATH", "resource pages to fetch (default: a State, a resolution, an article, "
                        + "a working group and a report found on the server)"));
    }

    @Override
    public int run(Arguments args) throws IOException, InterruptedException {
        url = args.text("url", DEFAULT_URL);
        queries = args.path("queries", DEFAULT_QUERIES);
        seconds = args.whole("seconds", DEFAULT_SECONDS);
        clients = args.wholes("clients", DEFAULT_CLIENTS);
        workloads = args.list("workloads", DEFAULT_WORKLOADS);
        reloads = args.whole("reloads", DEFAULT_RELOADS);
        pages = args.flag("pages") ? args.list("pages", null) : null;
        List<Workload> loads = new ArrayList<>();
        if (workloads.contains("sparql")) {
            loads.add(new Workload("sparql", sparqlRequests()));
        }
        if (workloads.contains("html") || workloads.contains("turtle")) {
            List<String> pages = this.pages != null ? this.pages : samplePages();
            if (workloads.contains("html")) {
                loads.add(new Workload("html", pages.stream().map(p -> HttpLoad.get(url + p, "text/html")).toList()));
            }
            if (workloads.contains("turtle")) {
                loads.add(new Workload("turtle", pages.stream().map(p -> HttpLoad.get(url + p, "text/turtle")).toList()));
            }
        }
        if (workloads.contains("api")) {
            loads.add(new Workload("api", apiRequests()));
        }
        HttpLoad load = new HttpLoad();
        if (!loads.isEmpty()) {
            System.out.println("workload\tclients\trequests\terrors\trequests_per_second\tmedian_ms\tp99_ms");
        }
        for (Workload workload : loads) {
            load.run(workload.requests(), 2, Duration.ofSeconds(Math.min(3, seconds)));
            for (int c : clients) {
                HttpLoad.Result r = load.run(workload.requests(), c, Duration.ofSeconds(seconds));
                System.out.printf("%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f%n", workload.name(), c, r.requests(), r.errors(), r.perSecond(),
                        r.medianMs(), r.p99Ms());
            }
        }
        if (workloads.contains("dashboard")) {
            Optional<Path> chromium = HeadlessChromium.find();
            if (chromium.isEmpty()) {
                System.err.println("bench-serve: no chromium on the PATH; the dashboard is not measured");
            } else {
                System.out.println("dashboard_view\tfirst_render_ms\tmedian_reload_ms\treloads");
                for (DashboardRender.Result r : DashboardRender.measure(chromium.get(), url, List.of("matrix", "participation", "articles"), reloads)) {
                    System.out.printf("%s\t%.0f\t%.0f\t%d%n", r.view(), r.firstMs(), r.medianMs(), r.reloads());
                }
            }
        }
        return 0;
    }

    private List<HttpRequest> sparqlRequests() throws IOException {
        List<HttpRequest> sparql = new ArrayList<>();
        try (Stream<Path> files = Files.list(queries)) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).filter(p -> !p.getFileName().toString().equals("search.rq")).sorted().toList()) {
                sparql.add(HttpLoad.get(url + "/ctoc/sparql?query=" + URLEncoder.encode(Files.readString(q), StandardCharsets.UTF_8),
                        "application/sparql-results+json"));
            }
        }
        return sparql;
    }

    /** Every query of the server's catalogue without parameters, and with each parameter set to its example. */
    private List<HttpRequest> apiRequests() throws IOException, InterruptedException {
        HttpRequest catalogue = HttpLoad.get(url + "/api/queries", "application/json");
        String body = HttpClient.newHttpClient().send(catalogue, HttpResponse.BodyHandlers.ofString()).body();
        List<HttpRequest> out = new ArrayList<>();
        for (JsonValue q : JSON.parse(body).get("queries").getAsArray()) {
            String path = url + q.getAsObject().getString("href");
            out.add(HttpLoad.get(path, "application/sparql-results+json"));
            for (JsonValue p : q.getAsObject().get("parameters").getAsArray()) {
                out.add(HttpLoad.get(path + "?" + p.getAsObject().getString("name") + "="
                        + URLEncoder.encode(p.getAsObject().getString("example"), StandardCharsets.UTF_8), "application/sparql-results+json"));
            }
        }
        if (out.isEmpty()) {
            throw new UserError(url + ": the server's query API lists no queries");
        }
        return out;
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
