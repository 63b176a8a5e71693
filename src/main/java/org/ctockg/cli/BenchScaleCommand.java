package org.ctockg.cli;

import static org.ctockg.cli.CommandOptions.valued;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.cli.Options;
import org.ctockg.bench.DiskSize;
import org.ctockg.bench.HttpLoad;
import org.ctockg.bench.JavaChild;
import org.ctockg.bench.SamplePages;
import org.ctockg.bench.StaticFiles;
import org.ctockg.bench.SyntheticCorpus;
import org.ctockg.extract.ReportFiles;

/**
 * A benchmark, not a test: the whole corpus on one machine, side by side with Jena's own tools,
 * in one run. On a synthetic corpus of N reports (the seeds copied under other names) it
 * measures, each command in a JVM of its own with the same heap: extraction alone
 * ({@code extract --format nquads}), {@code load} into an empty database and Jena's bulk loader
 * (what {@code tdb2.tdbloader} does) on the extracted triples, one changed report, the start of
 * {@code serve} against bare Fuseki on the same database, and resource pages against the same
 * bytes from a static server. It prints each figure with its target as a ratio.
 */
final class BenchScaleCommand implements CliCommand {
    private static final String MAIN = Main.class.getName();
    private static final String BASE = "http://localhost:3030/";
    private static final Duration WARM_UP = Duration.ofSeconds(25);
    private static final Pattern IN_ALL = Pattern.compile("(\\d+) ms in all");

    private static final int DEFAULT_N = 1000;
    private static final String DEFAULT_HEAP = "1g";
    private static final int DEFAULT_STARTS = 7;
    private static final int DEFAULT_SECONDS = 10;

    private int n;
    private String heap;
    private int starts;
    private int seconds;

    private final List<String[]> rows = new ArrayList<>();

    @Override
    public Options options() {
        return new Options()
                .addOption(valued("reports", "PATH", "the seed reports (default " + CorpusOptions.BUNDLED_REPORTS + ")"))
                .addOption(valued("n", "N", "reports in the synthetic corpus (default " + DEFAULT_N + ")"))
                .addOption(valued("work", "DIR", "folder for the corpus and the databases (default: a new temporary folder)"))
                .addOption(valued("heap", "SIZE", "-Xmx of every command run (default " + DEFAULT_HEAP + ")"))
                .addOption(valued("starts", "N", "start-ups timed for each server (default " + DEFAULT_STARTS + ")"))
                .addOption(valued("seconds", "N", "length of each page load run (default " + DEFAULT_SECONDS + ")"));
    }

    @Override
    public int run(Arguments args) throws Exception {
        Path seeds = args.path("reports", CorpusOptions.BUNDLED_REPORTS);
        n = args.whole("n", DEFAULT_N);
        Path work = args.path("work", null);
        heap = args.text("heap", DEFAULT_HEAP);
        starts = args.whole("starts", DEFAULT_STARTS);
        seconds = args.whole("seconds", DEFAULT_SECONDS);
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("ctoc-bench-scale-");
        List<Path> seedFiles = ReportFiles.expand(List.of(seeds), CorpusOptions::report);
        Path corpus = SyntheticCorpus.write(seedFiles, n, dir.resolve("reports"));
        List<String> jvm = List.of("-Xmx" + heap);
        System.err.printf("bench-scale: %d synthetic reports in %s%n", n, corpus);

        JavaChild.Run extract = run(JavaChild.command(jvm, MAIN, List.of("extract", "--format", "nquads", "--with-reference",
                "-o", dir.resolve("all.nq").toString(), "--reports", corpus.toString())), "extract");
        JavaChild.Run tdbloader = run(JavaChild.command(jvm, "org.ctockg.bench.TdbLoader",
                List.of(dir.resolve("tdbloader").toString(), dir.resolve("all.nq").toString())), "tdbloader");
        Path db = dir.resolve("db");
        JavaChild.Run load = run(JavaChild.command(jvm, MAIN, List.of("load", "--db", db.toString(), "--reports", corpus.toString())), "load");
        long ourBytes = DiskSize.of(db);
        long theirBytes = DiskSize.of(dir.resolve("tdbloader"));

        Path changed = SyntheticCorpus.changeOne(corpus, n / 2);
        JavaChild.Run reload = run(JavaChild.command(jvm, MAIN, List.of("load", "--db", db.toString(), "--reports", corpus.toString())), "load (1 changed)");

        row("extract (s)", extract.seconds(), Double.NaN, "");
        row("tdbloader on its output (s)", tdbloader.seconds(), Double.NaN, "");
        row("load into an empty database (s) vs extract + tdbloader", load.seconds(), extract.seconds() + tdbloader.seconds(), "<= 1.5");
        row("peak RSS of load (MB) vs tdbloader", load.peakRssMb(), tdbloader.peakRssMb(), "flat in N");
        row("  of which anonymous: heap and native (MB)", load.peakAnonMb(), tdbloader.peakAnonMb(), "flat in N");
        row("peak RSS of extract (MB)", extract.peakRssMb(), Double.NaN, "flat in N");
        row("database on disk (MB) vs tdbloader's", ourBytes / 1e6, theirBytes / 1e6, "<= 1.5");
        row("one changed report: sync in load (s) [" + changed.getFileName() + "]", inAll(reload.err()), Double.NaN, "< 2 s");
        row("one changed report: whole load command (s)", reload.seconds(), Double.NaN, "");

        startAndPages(db, corpus, jvm);

        System.out.println("what\tours\ttheirs\tratio\ttarget");
        for (String[] r : rows) {
            System.out.println(String.join("\t", r));
        }
        System.out.println("(N = " + n + " synthetic reports, -Xmx" + heap + ", " + Runtime.getRuntime().availableProcessors()
                + " cores; work folder " + dir + ")");
        return 0;
    }

    private void startAndPages(Path db, Path corpus, List<String> jvm) throws Exception {
        List<String> bareArgs = List.of("--tdb2", "--loc", db.toString(), "--ping");
        List<Started> ours = new ArrayList<>();
        List<Started> bare = new ArrayList<>();
        for (int i = 0; i <= starts; i++) {
            // the first start of each is a warm-up (page cache; our first start records the files' digest)
            Started o = startUp(port -> JavaChild.command(jvm, MAIN, List.of("serve", "--db", db.toString(), "--reports",
                    corpus.toString(), "--port", Integer.toString(port), "--base-uri", BASE)));
            Started b = startUp(port -> JavaChild.command(withBareLogging(jvm), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                    concat(bareArgs, List.of("--port", Integer.toString(port), "/ds"))));
            if (i > 0) {
                ours.add(o);
                bare.add(b);
            }
        }
        row("start-up to /$/ping, median of " + starts + " (s) vs bare Fuseki", median(ours.stream().map(Started::seconds).toList()),
                median(bare.stream().map(Started::seconds).toList()), "<= 1.2");
        // a start on two cores is bound by CPU, and this machine's speed moves from minute to minute: the CPU it took is steadier
        row("  CPU used until then, median (s) vs bare Fuseki", median(ours.stream().map(Started::cpuSeconds).toList()),
                median(bare.stream().map(Started::cpuSeconds).toList()), "");

        int port = freePort();
        Process server = new ProcessBuilder(JavaChild.command(jvm, MAIN, List.of("serve", "--db", db.toString(), "--reports",
                corpus.toString(), "--port", Integer.toString(port), "--base-uri", BASE)))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String url = "http://localhost:" + port;
            awaitPing(url, server);
            List<String> pages = SamplePages.of(url);
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            HttpClient client = HttpClient.newHttpClient();
            for (String p : pages) {
                bodies.put(p, client.send(HttpLoad.get(url + p, "text/html"), HttpResponse.BodyHandlers.ofByteArray()).body());
            }
            String state = pages.stream().filter(p -> p.startsWith("/id/state/")).findFirst().orElse(pages.get(0));
            List<Double> stateMs = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long t = System.nanoTime();
                client.send(HttpLoad.get(url + state, "text/html"), HttpResponse.BodyHandlers.ofByteArray());
                stateMs.add((System.nanoTime() - t) / 1e6);
            }
            HttpLoad load = new HttpLoad();
            List<HttpRequest> ourRequests = pages.stream().map(p -> HttpLoad.get(url + p, "text/html")).toList();
            // both servers warmed up at full load first: the JIT needs some 20 s of it before our pages reach their steady rate
            load.run(ourRequests, 8, WARM_UP);
            HttpLoad.Result ourPages = load.run(ourRequests, 8, Duration.ofSeconds(seconds));
            HttpLoad.Result staticPages;
            try (StaticFiles files = StaticFiles.serve(bodies, "text/html;charset=utf-8", 16)) {
                List<HttpRequest> staticRequests = pages.stream().map(p -> HttpLoad.get("http://localhost:" + files.port() + p, "text/html")).toList();
                load.run(staticRequests, 8, WARM_UP);
                staticPages = load.run(staticRequests, 8, Duration.ofSeconds(seconds));
            }
            row("resource pages as HTML at 8 clients (req/s) vs the same bytes served static " + pages.size() + " pages, "
                    + ourPages.errors() + " errors", ourPages.perSecond(), staticPages.perSecond(), ">= 0.3");
            row("a State's page (KB) [" + state + "]", bodies.get(state).length / 1e3, Double.NaN, "< 100 KB");
            row("a State's page, median of 7 (ms)", median(stateMs), Double.NaN, "< 50 ms");

            // the server watches its folder: a report written while it serves is read and indexed on its own
            String token = "synthetic" + Long.toString(System.nanoTime(), 36);
            long written = System.nanoTime();
            Path live = SyntheticCorpus.changeOne(corpus, n / 3, "The Working Group also discussed " + token + ".");
            awaitSearchHit(url, token, server);
            row("one changed report while serving: written to found by a query (s) [" + live.getFileName() + "]",
                    (System.nanoTime() - written) / 1e9, Double.NaN, "< 2 s");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private interface CommandOnPort {
        List<String> at(int port);
    }

    /** A server's start: seconds from launch until {@code /$/ping} answered 200, and the CPU seconds it had used by then. */
    private record Started(double seconds, double cpuSeconds) {
    }

    /** Starts a server, waits until {@code /$/ping} answers 200, then stops it. */
    private static Started startUp(CommandOnPort command) throws IOException, InterruptedException {
        int port = freePort();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command.at(port)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            awaitPing("http://localhost:" + port, p);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
            return new Started(seconds, cpu);
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    /** Waits until a full-text query over the server finds the word (for at most a minute). */
    private static void awaitSearchHit(String url, String word, Process p) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String query = "PREFIX text: <http://jena.apache.org/text#> ASK { ?u text:query \"" + word + "\" }";
        HttpRequest ask = HttpRequest.newBuilder(URI.create(url + "/ctoc/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (client.send(ask, HttpResponse.BodyHandlers.ofString()).body().replace(" ", "").contains("\"boolean\":true")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the server did not find '" + word + "' within a minute of writing it");
    }

    private static void awaitPing(String url, Process p) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create(url + "/$/ping")).timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the server ended before it answered: " + p.info().commandLine().orElse(""));
            }
            try {
                if (client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
    }

    private static List<String> withBareLogging(List<String> jvm) {
        // Fuseki's command sets log4j2 up, whose core is not in this jar: tell it logging is configured elsewhere
        return concat(jvm, List.of("-Dlog4j2.configurationFile=none"));
    }

    private static JavaChild.Run run(List<String> command, String what) throws IOException, InterruptedException {
        System.err.printf("bench-scale: %s ...%n", what);
        JavaChild.Run r = JavaChild.run(command);
        if (r.status() != 0) {
            throw new IllegalStateException(what + " ended with status " + r.status() + ":\n" + r.err());
        }
        System.err.printf(Locale.ROOT, "bench-scale: %s took %.1f s, peak RSS %.0f MB (anonymous %.0f MB)%n", what, r.seconds(),
                r.peakRssMb(), r.peakAnonMb());
        return r;
    }

    private static double inAll(String err) {
        Matcher m = IN_ALL.matcher(err);
        double last = Double.NaN;
        while (m.find()) {
            last = Long.parseLong(m.group(1)) / 1000.0;
        }
        return last;
    }

    private void row(String what, double ours, double theirs, String target) {
        String ratio = Double.isNaN(theirs) ? "" : String.format(Locale.ROOT, "%.2f", ours / theirs);
        rows.add(new String[] {what, fmt(ours), Double.isNaN(theirs) ? "" : fmt(theirs), ratio, target});
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v);
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
