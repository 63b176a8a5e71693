package org.ctockg.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Debian's headless Chromium driven through the DevTools protocol (JSON messages over a
 * WebSocket): load a page, wait for a condition, read values, click like a user, take a
 * screenshot. For the dashboard's benchmark and its browser test.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration REPLY = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private HeadlessChromium(Process process, URI page) {
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(page, new Replies()).join();
    }

    /** The browser on the PATH, if any. */
    public static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path exe = Path.of(dir, name);
                if (!dir.isEmpty() && Files.isExecutable(exe)) {
                    return Optional.of(exe);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts the browser with the given (throw-away) profile folder and connects to its one page. */
    public static HeadlessChromium start(Path exe, Path profile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
                "--window-size=1280,1600", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String browser = devToolsUrl(p);
            URI list = URI.create(browser.replaceFirst("^ws://([^/]+)/.*", "http://$1/json/list"));
            String targets = HttpClient.newHttpClient().send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString()).body();
            for (JsonValue t : JSON.parseAny(targets).getAsArray()) {
                if ("page".equals(t.getAsObject().getString("type"))) {
                    return new HeadlessChromium(p, URI.create(t.getAsObject().getString("webSocketDebuggerUrl")));
                }
            }
            throw new IllegalStateException("the browser opened no page: " + targets);
        } catch (IOException | RuntimeException | InterruptedException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    /** Reads the browser's standard error until it says where DevTools listens; the rest is drained. */
    private static String devToolsUrl(Process p) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IllegalStateException("the browser did not open its DevTools port");
    }

    /** Sends one command and waits for its result. */
    public JsonObject send(String method, JsonObject params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        JsonObject message = new JsonObject();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        socket.sendText(JSON.toStringFlat(message), true).join();
        try {
            JsonObject r = reply.get(REPLY.toSeconds(), TimeUnit.SECONDS);
            if (r.hasKey("error")) {
                throw new IllegalStateException(method + ": " + JSON.toStringFlat(r.get("error")));
            }
            return r.get("result").getAsObject();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } finally {
            pending.remove(id);
        }
    }

    /** Loads a page and returns once the new document has replaced the old one. */
    public void navigate(String url) throws InterruptedException {
        eval("window.leftBehind = true");
        JsonObject params = new JsonObject();
        params.put("url", url);
        send("Page.navigate", params);
        waitFor("window.leftBehind === undefined && document.readyState !== 'loading'", REPLY);
    }

    /** The value of a JavaScript expression in the page (promises awaited); JSON null when undefined. */
    public JsonValue eval(String expression) {
        JsonObject params = new JsonObject();
        params.put("expression", expression);
        params.put("returnByValue", true);
        params.put("awaitPromise", true);
        JsonObject r = send("Runtime.evaluate", params);
        if (r.hasKey("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + JSON.toStringFlat(r.get("exceptionDetails")));
        }
        JsonObject result = r.get("result").getAsObject();
        return result.hasKey("value") ? result.get("value") : JsonNull.instance;
    }

    public String text(String expression) {
        return eval(expression).getAsString().value();
    }

    public boolean isTrue(String expression) {
        return eval("!!(" + expression + ")").getAsBoolean().value();
    }

    public double number(String expression) {
        return eval(expression).getAsNumber().value().doubleValue();
    }

    /** The strings of an expression that gives an array of them. */
    public List<String> texts(String expression) {
        List<String> out = new ArrayList<>();
        eval(expression).getAsArray().forEach(v -> out.add(v.getAsString().value()));
        return out;
    }

    /** Waits until the expression is true in the page (an error, as while a page is still loading, counts as false). */
    public void waitFor(String condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isTrue("(() => { try { return !!(" + condition + "); } catch (e) { return false; } })()")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + timeout + ": " + condition);
            }
            Thread.sleep(20);
        }
    }

    /** Clicks the middle of the element a CSS selector finds, like a user: the mouse pressed and released there. */
    public void click(String selector) {
        JsonObject box = eval("(() => { const e = document.querySelector(" + JSON.toStringFlat(new JsonString(selector))
                + "); e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()").getAsObject();
        for (String type : List.of("mousePressed", "mouseReleased")) {
            JsonObject params = new JsonObject();
            params.put("type", type);
            params.put("x", box.get("x"));
            params.put("y", box.get("y"));
            params.put("button", "left");
            params.put("clickCount", 1);
            send("Input.dispatchMouseEvent", params);
        }
    }

    /** A PNG of the whole page. */
    public void screenshot(Path file) throws IOException {
        JsonObject params = new JsonObject();
        params.put("format", "png");
        params.put("captureBeyondViewport", true);
        JsonObject shot = send("Page.captureScreenshot", params);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Files.write(file, Base64.getDecoder().decode(shot.getString("data")));
    }

    @Override
    public void close() {
        try {
            JsonObject message = new JsonObject();
            message.put("id", ids.incrementAndGet());
            message.put("method", "Browser.close");
            socket.sendText(JSON.toStringFlat(message), true);
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Collects each message (which may come in parts) and completes the command it answers; events are ignored. */
    private final class Replies implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = JSON.parse(partial.toString());
                partial.setLength(0);
                CompletableFuture<JsonObject> reply = message.hasKey("id") ? pending.get(message.get("id").getAsNumber().value().intValue()) : null;
                if (reply != null) {
                    reply.complete(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
