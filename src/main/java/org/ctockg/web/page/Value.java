package org.ctockg.web.page;

/** One value of a property on a page: a link to a resource or a literal with its language or datatype. */
public record Value(String text, String href, String note) {
}
