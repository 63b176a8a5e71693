package org.ctockg.web.page;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * One page of the things that point to a resource through one property: how many there are in
 * all, which page this is, and the things on it (a page holds at most {@code pageSize}).
 */
public record IncomingLinks(Node property, long total, int page, int pageSize, List<Node> subjects) {
    public IncomingLinks {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page " + page + " of size " + pageSize);
        }
        subjects = List.copyOf(subjects);
    }

    public boolean hasNext() {
        return (long) page * pageSize < total;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** The number of the last page (1 when there are none). */
    public int lastPage() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** Position of the first thing on this page among all, from 1. */
    public long firstShown() {
        return (long) (page - 1) * pageSize + 1;
    }

    /** Whether some things pointing here are not on this page. */
    public boolean isPartial() {
        return subjects.size() < total;
    }
}
