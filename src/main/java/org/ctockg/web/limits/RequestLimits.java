package org.ctockg.web.limits;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * What any request may be, on every path: a read-only service answers GET, HEAD, POST (a
 * query) and OPTIONS (CORS), and 405 to anything else (TRACE was answered, echoing the request);
 * at most {@value #MAX_HEADERS} header fields and {@value #MAX_HEADER_BYTES} bytes of request
 * line and headers (431; a longer query goes in a POST body); a body of at most
 * {@value #MAX_BODY} bytes with its length stated (413, 411): a 10 MB query grew the server to
 * 6 GB.
 */
public final class RequestLimits implements Filter {
    public static final int MAX_HEADERS = 100;
    public static final int MAX_HEADER_BYTES = 64 * 1024;
    public static final long MAX_BODY = 1024 * 1024;
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");

    /** Sets the header size limit on the server's connectors (Fuseki raises Jetty's to 512 KB for long GET queries). */
    public static void applyTo(Server jetty) {
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(MAX_HEADER_BYTES);
            }
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!METHODS.contains(req.getMethod())) {
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            refuse(req, resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, req.getMethod() + " is not allowed here: this service only reads");
            return;
        }
        int headers = 0;
        for (Enumeration<String> names = req.getHeaderNames(); names.hasMoreElements(); names.nextElement()) {
            if (++headers > MAX_HEADERS) {
                refuse(req, resp, 431, "more than " + MAX_HEADERS + " request header fields");
                return;
            }
        }
        if (!req.getMethod().equals("POST")) {
            chain.doFilter(request, response);
            return;
        }
        long length = req.getContentLengthLong();
        if (length > MAX_BODY) {
            refuse(req, resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the request body is larger than " + MAX_BODY + " bytes");
        } else if (length < 0 && req.getHeader("Transfer-Encoding") != null) {
            refuse(req, resp, HttpServletResponse.SC_LENGTH_REQUIRED, "a request body must state its Content-Length");
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Answers the refusal without reading the request's body; a request that has one leaves the
     * connection unusable, so the answer says it is closed (a client would otherwise send its
     * next request on a connection the server is closing).
     */
    private static void refuse(HttpServletRequest req, HttpServletResponse resp, int status, String message) throws IOException {
        if (req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null) {
            resp.setHeader("Connection", "close");
        }
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().println(message);
    }
}
