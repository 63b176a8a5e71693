package org.ctockg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The fastest a page can be served on this machine: the same bytes from memory by the JDK's own
 * small HTTP server, one path each, for the benchmark to compare pages with.
 */
public final class StaticFiles implements AutoCloseable {
    private final HttpServer server;

    private StaticFiles(HttpServer server) {
        this.server = server;
    }

    /** Serves each body at its path, on a free port of localhost, with {@code threads} threads. */
    public static StaticFiles serve(Map<String, byte[]> bodies, String contentType, int threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 64);
        server.createContext("/", exchange -> {
            byte[] body = bodies.get(exchange.getRequestURI().getPath());
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.start();
        return new StaticFiles(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
