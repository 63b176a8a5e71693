package org.ctockg.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Chooses the representation of a resource: an explicit {@code ?format=} or file suffix first,
 * then the Accept header (with its q-values, through Jena's content negotiation). Turtle comes
 * first among equals, so {@code *}{@code /*} gets RDF; browsers name text/html and get HTML.
 */
final class Negotiation {
    private static final AcceptList OFFERS = AcceptList.create(
            Arrays.stream(RdfFormat.values()).map(RdfFormat::mediaType).toArray(String[]::new));

    private Negotiation() {
    }

    /** The format asked for, or empty when the client accepts none of them (406). */
    static Optional<RdfFormat> choose(HttpServletRequest request, Optional<RdfFormat> explicit) {
        if (explicit.isPresent()) {
            return explicit;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(RdfFormat.TURTLE);
        }
        MediaType chosen = ConNeg.match(accept, OFFERS);
        return chosen == null ? Optional.empty() : RdfFormat.named(chosen.getContentTypeStr());
    }

    static String offered() {
        return Arrays.stream(RdfFormat.values()).map(RdfFormat::mediaType).collect(Collectors.joining(", "));
    }
}
