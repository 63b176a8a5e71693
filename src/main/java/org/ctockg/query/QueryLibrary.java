package org.ctockg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The queries of {@code queries/} that can serve: every file that parses, is a SELECT and
 * declares its parameters correctly, in name order. A file that cannot serve is reported
 * (file name and reason) and left out; the others still serve.
 */
public final class QueryLibrary {
    private final List<LibraryQuery> queries;

    private QueryLibrary(List<LibraryQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The library of the given files (file name to text); {@code problems} receives a file name and a reason for each left out. */
    public static QueryLibrary of(Map<String, String> files, BiConsumer<String, String> problems) {
        List<LibraryQuery> out = new ArrayList<>();
        files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            try {
                out.add(LibraryQuery.parse(e.getKey(), e.getValue()));
            } catch (IllegalArgumentException ex) {
                problems.accept(e.getKey(), ex.getMessage());
            }
        });
        return new QueryLibrary(out);
    }

    public List<LibraryQuery> all() {
        return queries;
    }

    public Optional<LibraryQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
