package org.ctockg.reference;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The conventions and protocols with their articles; found by code or by name (case ignored). */
public final class Instruments {
    private final Catalog<InstrumentEntry> catalog;
    private final List<ArticleEntry> articles;

    Instruments(List<InstrumentEntry> entries, List<ArticleEntry> articles) {
        this.catalog = new Catalog<>(entries, InstrumentEntry::code,
                i -> Stream.concat(Stream.of(i.name()), i.variants().stream()).toList(), true);
        this.articles = List.copyOf(articles);
    }

    public Optional<InstrumentEntry> byCode(String code) {
        return catalog.byKey(code);
    }

    public Collection<InstrumentEntry> all() {
        return catalog.all();
    }

    public List<ArticleEntry> articles(String code) {
        return articles.stream().filter(a -> a.instrumentCode().equals(code)).toList();
    }

    public Gazetteer<InstrumentEntry> gazetteer() {
        return catalog.gazetteer();
    }
}
