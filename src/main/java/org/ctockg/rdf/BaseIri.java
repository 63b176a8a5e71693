package org.ctockg.rdf;

import java.net.URI;

/** The base under which every resource IRI the data mints lives, always ending in a slash. */
public record BaseIri(String value) {
    public static final BaseIri DEFAULT = new BaseIri("http://localhost:3030/");

    public BaseIri {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the base URI is empty");
        }
        URI uri = URI.create(value.trim());
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("the base URI must be absolute, like http://example.org/: " + value);
        }
        value = value.trim().endsWith("/") ? value.trim() : value.trim() + "/";
    }

    public static BaseIri forPort(int port) {
        return new BaseIri("http://localhost:" + port + "/");
    }

    /** The IRI of a path below the base, such as {@code id/state/FRA}. */
    public String resolve(String path) {
        return value + path;
    }
}
