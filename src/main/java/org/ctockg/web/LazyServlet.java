package org.ctockg.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;

/**
 * A servlet made on its first request: compiling templates and parsing queries for every page at
 * start-up kept {@code /$/ping} waiting a few seconds for pages nobody had asked for yet.
 */
final class LazyServlet extends HttpServlet {
    private final transient Supplier<? extends HttpServlet> maker;
    private transient volatile HttpServlet servlet;
    private transient ServletConfig config;

    LazyServlet(Supplier<? extends HttpServlet> maker) {
        this.maker = maker;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        this.config = config;
    }

    @Override
    public void service(ServletRequest req, ServletResponse res) throws ServletException, IOException {
        servlet().service(req, res);
    }

    private HttpServlet servlet() throws ServletException {
        HttpServlet s = servlet;
        if (s == null) {
            synchronized (this) {
                s = servlet;
                if (s == null) {
                    s = maker.get();
                    s.init(config);
                    servlet = s;
                }
            }
        }
        return s;
    }

    @Override
    public void destroy() {
        HttpServlet s = servlet;
        if (s != null) {
            s.destroy();
        }
    }
}
