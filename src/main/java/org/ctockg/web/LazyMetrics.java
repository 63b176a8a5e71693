package org.ctockg.web;

import org.apache.jena.fuseki.ctl.ActionMetrics;
import org.apache.jena.fuseki.metrics.MetricsProvider;
import org.apache.jena.fuseki.mod.prometheus.PrometheusMetricsProvider;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;

/**
 * Fuseki's {@code /$/metrics}, with its Prometheus registry made on the first scrape instead of
 * at start-up: Micrometer and Prometheus are two hundred classes that kept {@code /$/ping}
 * waiting half a second. Nothing is lost by waiting: the request counters are the endpoints'
 * own, and the cache's statistics are Caffeine's, both read when scraped.
 */
final class LazyMetrics extends ActionMetrics {
    private static final long serialVersionUID = 1L;
    private final transient RepresentationCache cache;

    LazyMetrics(RepresentationCache cache) {
        this.cache = cache;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        var context = config.getServletContext();
        MetricsProvider metrics = new PrometheusMetricsProvider();
        MetricsProvider.setMetricsProvider(context, metrics);
        metrics.dataAccessPointMetrics(metrics, DataAccessPointRegistry.get(context));
        cache.monitor(metrics.getMeterRegistry());
    }
}
