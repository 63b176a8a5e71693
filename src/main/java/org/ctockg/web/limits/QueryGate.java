package org.ctockg.web.limits;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How many SPARQL queries run at once: {@code running} at most, {@code waiting} more may wait up
 * to {@code maxWaitSeconds} for a turn, and the others are answered at once with 503 and
 * {@code Retry-After}. Slow queries then hold a bounded number of the server's threads, so
 * {@code /$/ping}, pages and descriptions keep answering (before, 17 slow queries took them all
 * for 30 s).
 */
public final class QueryGate implements Filter {
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore running;
    private final Semaphore waiting;
    private final long maxWaitMillis;

    public QueryGate(int running, int waiting, long maxWaitSeconds) {
        this.running = new Semaphore(running, true);
        this.waiting = new Semaphore(running + waiting);
        this.maxWaitMillis = TimeUnit.SECONDS.toMillis(maxWaitSeconds);
    }

    /** A gate for a machine with this many cores: a query per core runs (at least two), four per core wait up to 10 s. */
    public static QueryGate forCores(int cores) {
        int n = Math.max(2, cores);
        return new QueryGate(n, 4 * n, 10);
    }

    /** Threads the gate may hold at most: the server needs more than this. */
    public int maxHeld() {
        return waiting.availablePermits();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!waiting.tryAcquire()) {
            busy(response);
            return;
        }
        try {
            boolean admitted;
            try {
                admitted = running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                admitted = false;
            }
            if (!admitted) {
                busy(response);
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                running.release();
            }
        } finally {
            waiting.release();
        }
    }

    private static void busy(ServletResponse response) throws IOException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        http.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        http.setContentType("text/plain;charset=utf-8");
        http.getWriter().println("The server is answering as many queries as it can; try again in " + RETRY_AFTER_SECONDS + " seconds.");
    }
}
