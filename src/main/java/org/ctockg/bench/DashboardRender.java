package org.ctockg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * How long the dashboard takes to draw a view in headless Chromium, as the page itself measures
 * it (from the start of navigation to the view drawn from the query API): the first render in a
 * fresh browser profile (nothing cached, the chart library fetched too) and the median of reloads.
 */
public final class DashboardRender {
    private static final String READY = "document.getElementById('dashboard') && document.getElementById('dashboard').dataset.ready === 'true'";

    private DashboardRender() {
    }

    /** What one view measured, in milliseconds. */
    public record Result(String view, double firstMs, double medianMs, int reloads) {
    }

    public static List<Result> measure(Path chromium, String url, List<String> views, int reloads)
            throws IOException, InterruptedException {
        List<Result> out = new ArrayList<>();
        for (String view : views) {
            Path profile = Files.createTempDirectory("ctoc-kg-chromium");
            try (HeadlessChromium browser = HeadlessChromium.start(chromium, profile)) {
                String page = url + "/dashboard?view=" + view;
                double first = render(browser, page);
                List<Double> again = new ArrayList<>();
                for (int i = 0; i < reloads; i++) {
                    again.add(render(browser, page));
                }
                Collections.sort(again);
                out.add(new Result(view, first, again.isEmpty() ? Double.NaN : again.get(again.size() / 2), reloads));
            } finally {
                delete(profile);
            }
        }
        return out;
    }

    private static double render(HeadlessChromium browser, String page) throws InterruptedException {
        browser.navigate(page);
        browser.waitFor(READY, Duration.ofSeconds(60));
        return browser.number("Number(document.getElementById('dashboard').dataset.renderMs)");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
