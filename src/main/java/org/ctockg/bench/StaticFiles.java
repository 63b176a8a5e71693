package org.ctockg.bench;

import java.nio.ByteBuffer;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The fastest a page can be served on this machine: the same bytes from memory, one path each,
 * by a bare Jetty handler (the server under Fuseki, without servlets, filters or Fuseki), for the
 * benchmark to compare pages with. (The JDK's own small HTTP server was slower than our pages:
 * it waits on delayed acknowledgements between headers and body.)
 */
public final class StaticFiles implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    private StaticFiles(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Serves each body at its path, on a free port of localhost, with at most {@code threads} threads. */
    public static StaticFiles serve(Map<String, byte[]> bodies, String contentType, int threads) throws Exception {
        Server server = new Server(new QueuedThreadPool(Math.max(threads, 8)));
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("localhost");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                byte[] body = bodies.get(request.getHttpURI().getPath());
                if (body == null) {
                    Response.writeError(request, response, callback, 404);
                    return true;
                }
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
            }
        });
        server.start();
        return new StaticFiles(server, connector);
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
