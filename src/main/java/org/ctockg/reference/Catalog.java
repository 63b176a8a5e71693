package org.ctockg.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Entries of one reference table by key, and a gazetteer over their names and variants. */
public final class Catalog<T> {
    private final Map<String, T> byKey = new LinkedHashMap<>();
    private final Gazetteer<T> gazetteer;

    Catalog(List<T> entries, Function<T, String> key, Function<T, List<String>> names, boolean ignoreCase) {
        this.gazetteer = new Gazetteer<>(ignoreCase);
        for (T e : entries) {
            byKey.put(key.apply(e), e);
            for (String n : names.apply(e)) {
                gazetteer.add(n, e);
            }
        }
    }

    public Optional<T> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<T> all() {
        return byKey.values();
    }

    public Gazetteer<T> gazetteer() {
        return gazetteer;
    }
}
