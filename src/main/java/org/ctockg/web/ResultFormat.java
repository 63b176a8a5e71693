package org.ctockg.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats the query API answers rows in: SPARQL 1.1 JSON results (also for a client that
 * asks for plain JSON or anything), CSV and TSV; chosen by {@code ?format=json|csv|tsv}, else by
 * the Accept header.
 */
enum ResultFormat {
    JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON),
    CSV("csv", "text/csv;charset=utf-8", ResultSetLang.RS_CSV),
    TSV("tsv", "text/tab-separated-values;charset=utf-8", ResultSetLang.RS_TSV);

    private static final AcceptList OFFERS = AcceptList.create(
            "application/sparql-results+json", "application/json", "text/csv", "text/tab-separated-values");

    private final String name;
    private final String contentType;
    private final Lang lang;

    ResultFormat(String name, String contentType, Lang lang) {
        this.name = name;
        this.contentType = contentType;
        this.lang = lang;
    }

    String label() {
        return name;
    }

    String contentType() {
        return contentType;
    }

    Lang lang() {
        return lang;
    }

    /** The format a {@code ?format=} value names. */
    static Optional<ResultFormat> named(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(v)).findFirst();
    }

    /** The format an Accept header prefers; JSON when there is none; empty when it accepts none of them. */
    static Optional<ResultFormat> accepted(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        MediaType chosen = ConNeg.match(accept, OFFERS);
        if (chosen == null) {
            return Optional.empty();
        }
        return switch (chosen.getContentTypeStr()) {
            case "text/csv" -> Optional.of(CSV);
            case "text/tab-separated-values" -> Optional.of(TSV);
            default -> Optional.of(JSON);
        };
    }
}
