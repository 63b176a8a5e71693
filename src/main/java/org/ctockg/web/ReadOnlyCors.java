package org.ctockg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Properties;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Fuseki's CORS filter with the settings of {@code cors.properties}: reading from any origin,
 * no credentials, no write methods. Fuseki's own default allows PUT, DELETE and credentials,
 * which a read-only service has no use for.
 */
final class ReadOnlyCors implements Filter {
    private final CrossOriginFilter filter = new CrossOriginFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        Properties settings = new Properties();
        try (InputStream in = ReadOnlyCors.class.getResourceAsStream("cors.properties")) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        filter.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "cors";
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return settings.getProperty(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(settings.stringPropertyNames());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        filter.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        filter.destroy();
    }
}
