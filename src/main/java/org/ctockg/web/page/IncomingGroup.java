package org.ctockg.web.page;

import java.util.List;

import org.apache.jena.graph.Node;

/** The things that point to a resource through one property, each with what it says besides. */
public record IncomingGroup(Node property, String label, String href, int count, List<Pointer> items) {

    /** One thing that points to the resource, with its other statements (a participation's meeting and role). */
    public record Pointer(Link subject, List<PropertyValues> details) {
        public boolean hasDetails() {
            return !details.isEmpty();
        }
    }
}
