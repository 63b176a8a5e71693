package org.ctockg.web.page;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * The things that point to a resource through one property, each with what it says besides:
 * all of them, or one page of them (items {@code from} to {@code to} of {@code count}) with
 * links to the whole list and to the pages before and after.
 */
public record IncomingGroup(Node property, String label, String href, long count, List<Pointer> items,
                            long from, long to, String listHref, String previousHref, String nextHref) {

    /** Whether the group shows only some of the things (a page of them). */
    public boolean partial() {
        return from > 0;
    }

    /** One thing that points to the resource, with its other statements (a participation's meeting and role). */
    public record Pointer(Link subject, List<PropertyValues> details) {
        public boolean hasDetails() {
            return !details.isEmpty();
        }
    }
}
