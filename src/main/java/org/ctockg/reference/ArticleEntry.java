package org.ctockg.reference;

/** An article of an instrument, with its title when known (else empty). */
public record ArticleEntry(String instrumentCode, int number, String title) {
}
