package org.ctockg.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JsonObject;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An error of the query API as an RFC 9457 {@code application/problem+json} body: the status,
 * its title, a sentence saying what went wrong and, when a parameter is at fault, which one.
 */
record Problem(int status, String title, String detail, String parameter) {
    static final String MEDIA_TYPE = "application/problem+json";

    static Problem badParameter(String parameter, String detail) {
        return new Problem(HttpServletResponse.SC_BAD_REQUEST, "Bad parameter", detail, parameter);
    }

    static Problem notFound(String detail) {
        return new Problem(HttpServletResponse.SC_NOT_FOUND, "Not found", detail, null);
    }

    void write(HttpServletResponse response, String instance) throws IOException {
        JsonObject json = new JsonObject();
        json.put("type", "about:blank");
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        json.put("instance", instance);
        if (parameter != null) {
            json.put("parameter", parameter);
        }
        byte[] body = (json + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
