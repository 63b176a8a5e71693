package org.ctockg.web;

import java.io.IOException;

import org.ctockg.rdf.BaseIri;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /dashboard}: the page that draws the citation matrix, participation and articles by body
 * and year; its script ({@code assets/dashboard.js}) reads the query API only, with the filters
 * of the page's query string.
 */
final class DashboardServlet extends HttpServlet {
    private final transient Responses responses;
    private final transient DashboardPage page;

    DashboardServlet(Responses responses, BaseIri base) {
        this.responses = responses;
        this.page = new DashboardPage(base.value());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        responses.html(response, HttpServletResponse.SC_OK, "dashboard", page);
    }

    /** What the dashboard page prints: the base of the IRIs, so the script links them to this server's pages. */
    record DashboardPage(String base) {
        public String title() {
            return "Dashboard";
        }
    }
}
