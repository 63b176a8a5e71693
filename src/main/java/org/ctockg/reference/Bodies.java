package org.ctockg.reference;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The bodies: conferences, their working groups, other organs; found by slug, code or name (case ignored). */
public final class Bodies {
    private final Catalog<BodyEntry> catalog;

    Bodies(List<BodyEntry> entries) {
        this.catalog = new Catalog<>(entries, BodyEntry::slug,
                b -> Stream.concat(Stream.of(b.name()), b.variants().stream()).toList(), true);
    }

    public Optional<BodyEntry> bySlug(String slug) {
        return catalog.byKey(slug);
    }

    public Optional<BodyEntry> byCode(String code) {
        return catalog.all().stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public Collection<BodyEntry> all() {
        return catalog.all();
    }

    public Gazetteer<BodyEntry> gazetteer() {
        return catalog.gazetteer();
    }
}
