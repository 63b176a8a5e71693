package org.ctockg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Static files of the pages ({@code /assets/...}): our style sheet and script, and the YASGUI
 * editor from its webjar under {@code /assets/yasgui/}. Only plain file names of known types
 * are served; nothing outside the two folders can be reached.
 */
final class AssetServlet extends HttpServlet {
    private static final String OWN = "org/ctockg/web/assets/";
    private static final String YASGUI = "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "map", "application/json");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String resource = path.startsWith("/yasgui/") ? YASGUI + path.substring("/yasgui/".length()) : OWN + path.replaceFirst("^/", "");
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null || !name.matches("[A-Za-z0-9._-]+") || name.startsWith(".") || path.contains("..")
                || resource.substring(0, resource.lastIndexOf('/') + 1).length() != (path.startsWith("/yasgui/") ? YASGUI : OWN).length()) {
            Responses.text(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                Responses.text(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path);
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
