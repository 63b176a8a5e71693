package org.ctockg.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The representations a resource is served in: the RDF formats and HTML, each with its media
 * type and the suffix or {@code ?format=} value a client that cannot set headers uses instead.
 */
enum RdfFormat {
    TURTLE("text/turtle", "ttl", RDFLanguages.TURTLE),
    HTML("text/html", "html", null),
    JSONLD("application/ld+json", "jsonld", RDFLanguages.JSONLD),
    RDFXML("application/rdf+xml", "rdf", RDFLanguages.RDFXML),
    NTRIPLES("application/n-triples", "nt", RDFLanguages.NTRIPLES);

    private final String mediaType;
    private final String suffix;
    private final Lang lang;

    RdfFormat(String mediaType, String suffix, Lang lang) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
    }

    String mediaType() {
        return mediaType;
    }

    String suffix() {
        return suffix;
    }

    Lang lang() {
        return lang;
    }

    boolean isRdf() {
        return lang != null;
    }

    /** The format a suffix ({@code ttl}) or a {@code ?format=} value ({@code turtle}, {@code text/turtle}) names. */
    static Optional<RdfFormat> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.suffix.equals(n) || f.mediaType.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)
                        || f.lang != null && f.lang.getFileExtensions().contains(n))
                .findFirst();
    }
}
