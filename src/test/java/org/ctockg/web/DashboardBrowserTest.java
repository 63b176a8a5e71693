package org.ctockg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.ctockg.bench.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser (Debian's headless Chromium, which .ci/run installs; skipped
 * where it is absent): the matrix shows the citations of article 32 by resolution 8/4, a click on
 * the cell lists the paragraphs they rest on, with links to the report pages, and the other views
 * draw. Leaves target/dashboard.png for a person to look at.
 */
@ExtendWith(SeedServer.class)
class DashboardBrowserTest {
    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final String READY = "document.getElementById('dashboard').dataset.ready === 'true'";

    @Test
    void theScriptSetsDataAsTextNeverAsHtml() throws Exception {
        String script = Files.readString(Path.of("src/main/resources/org/ctockg/web/assets/dashboard.js"));
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function")) {
            assertFalse(script.contains(sink), sink);
        }
        assertTrue(script.contains("renderMode: 'richText'"), "chart tooltips are drawn, not written as HTML");
    }

    @Test
    void theMatrixShowsACitationCellAndAClickListsItsEvidence(SeedServer.Running server, @TempDir Path profile) throws Exception {
        Optional<Path> exe = HeadlessChromium.find();
        assumeTrue(exe.isPresent(), "chromium is not installed here (.ci/run installs it)");
        String root = server.base().replaceFirst("/$", "");
        try (HeadlessChromium browser = HeadlessChromium.start(exe.get(), profile)) {
            browser.navigate(root + "/dashboard?view=matrix");
            browser.waitFor(READY, LOAD);
            String cell = "button[data-act='resolution 8/4'][data-article='32']";
            assertEquals("2", browser.text("document.querySelector(\"" + cell + "\").textContent"),
                    "two paragraphs of the seeds cite article 32 (or its paragraphs) for resolution 8/4");
            assertTrue(browser.isTrue("document.querySelector('#chart canvas') !== null"), "the chart is drawn");
            assertTrue(browser.isTrue("document.getElementById('evidence').hidden"), "no cell chosen yet");

            browser.click(cell);
            browser.waitFor("document.querySelectorAll('#evidence-list li[data-unit]').length > 0", LOAD);
            List<String> texts = browser.texts("Array.from(document.querySelectorAll('#evidence-list li[data-unit]')).map(li => li.textContent)");
            assertEquals(2, texts.size(), texts.toString());
            assertTrue(texts.stream().allMatch(t -> t.contains("article 32")), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.contains("focal point")), texts.toString());
            List<String> links = browser.texts("Array.from(document.querySelectorAll('#evidence-list a')).map(a => a.getAttribute('href'))");
            assertTrue(links.contains("/id/report/004_185fa763c015fd82"), "each paragraph links its report page: " + links);
            assertTrue(links.stream().anyMatch(h -> h.startsWith("/id/report/004_185fa763c015fd82/paragraph/")), links.toString());
            String url = browser.text("location.search");
            assertTrue(url.contains("act=resolution+8%2F4") && url.contains("article=32"), "the choice is in the URL: " + url);
            assertTrue(browser.text("document.getElementById('evidence-csv').getAttribute('href')")
                    .startsWith("/api/queries/citation-evidence?"), "the evidence downloads as CSV");
            browser.screenshot(Path.of("target/dashboard.png"));

            browser.navigate(root + "/dashboard?view=matrix&act=resolution+8%2F4&article=32&from=2030");
            browser.waitFor(READY, LOAD);
            assertTrue(browser.isTrue("document.querySelector(\"" + cell + "\") === null"), "years filter the matrix");

            for (String view : List.of("participation", "articles")) {
                browser.navigate(root + "/dashboard?view=" + view + "&body=TA");
                browser.waitFor(READY, LOAD);
                assertTrue(browser.number("document.querySelectorAll('#table tbody tr').length") > 0, view);
                assertFalse(browser.isTrue("document.getElementById('status').classList.contains('error')"), view);
                assertTrue(browser.text("document.getElementById('download-csv').getAttribute('href')").contains("body=TA"), view);
            }
        }
    }
}
