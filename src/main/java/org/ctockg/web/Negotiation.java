package org.ctockg.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Chooses the representation of a resource: an explicit {@code ?format=} or file suffix first,
 * then the Accept header (with its q-values, through Jena's content negotiation). Turtle comes
 * first among equals, so {@code *}{@code /*} gets RDF; browsers name text/html and get HTML;
 * {@code application/json} gets JSON-LD.
 */
final class Negotiation {
    /** Plain JSON clients get JSON-LD, which is JSON. */
    private static final String JSON = "application/json";
    private static final AcceptList OFFERS = AcceptList.create(Stream.concat(
            Arrays.stream(RdfFormat.values()).map(RdfFormat::mediaType), Stream.of(JSON)).toArray(String[]::new));

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
        if (chosen == null) {
            return Optional.empty();
        }
        return JSON.equals(chosen.getContentTypeStr()) ? Optional.of(RdfFormat.JSONLD) : RdfFormat.named(chosen.getContentTypeStr());
    }

    static String offered() {
        return Arrays.stream(RdfFormat.values()).map(RdfFormat::mediaType).collect(Collectors.joining(", "));
    }
}
