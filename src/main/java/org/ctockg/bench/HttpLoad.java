package org.ctockg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: N clients, each sending the next request of a list as soon as its last
 * answer has been read in full, for a fixed time. Reports throughput and latency percentiles.
 */
public final class HttpLoad {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    /** What one run measured. */
    public record Result(int clients, long requests, long errors, double seconds, double medianMs, double p99Ms) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    public Result run(List<HttpRequest> requests, int clients, Duration duration) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<Future<List<Long>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest r = requests.get(Math.floorMod(next.getAndIncrement(), requests.size()));
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            try {
                all.addAll(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Result(clients, all.size(), errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }

    public static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
    }
}
