package org.ctockg.reference;

/** A name found in a text: where (character offsets), as written, and what it names. */
public record NameMatch<T>(int start, int end, String text, T entity) {
}
