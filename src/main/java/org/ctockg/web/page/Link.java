package org.ctockg.web.page;

/** A label to print and, when the thing has a page, where it links. */
public record Link(String label, String href) {
}
