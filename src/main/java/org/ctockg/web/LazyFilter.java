package org.ctockg.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/** A filter made on its first request, for the same reason as {@link LazyServlet}. */
final class LazyFilter implements Filter {
    private final Supplier<? extends Filter> maker;
    private volatile Filter filter;

    LazyFilter(Supplier<? extends Filter> maker) {
        this.maker = maker;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        Filter f = filter;
        if (f == null) {
            synchronized (this) {
                f = filter;
                if (f == null) {
                    f = maker.get();
                    filter = f;
                }
            }
        }
        f.doFilter(request, response, chain);
    }
}
