package org.ctockg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Static files of the pages ({@code /assets/...}): our style sheet and scripts, the YASGUI
 * editor from its webjar under {@code /assets/yasgui/} and Apache ECharts from its webjar under
 * {@code /assets/echarts/}. Only plain file names of known types directly in those folders are
 * served; nothing outside them can be reached.
 */
final class AssetServlet extends HttpServlet {
    private static final String OWN = "org/ctockg/web/assets/";
    /** Folders of webjars by the path segment that reaches them. */
    private static final Map<String, String> WEBJARS = Map.of(
            "yasgui", "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/",
            "echarts", "META-INF/resources/webjars/echarts/5.3.1/dist/");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "map", "application/json");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        int slash = path.indexOf('/');
        String folder = slash < 0 ? OWN : WEBJARS.get(path.substring(0, slash));
        String name = slash < 0 ? path : path.substring(slash + 1);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (folder == null || type == null || !name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
            Responses.text(response, HttpServletResponse.SC_NOT_FOUND, "Not found: /assets/" + path);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) {
                Responses.text(response, HttpServletResponse.SC_NOT_FOUND, "Not found: /assets/" + path);
                return;
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=86400");
            try (OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
