package org.ctockg.reference;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The bodies: conferences, their working groups, other organs; found by slug, code or name (case ignored). */
public final class Bodies {
    /** What follows a convention's name when it is another convention's ("... on Biological Diversity"). */
    private static final Pattern ANOTHER_CONVENTION = Pattern.compile(
            "^\\s+(?:on|against|for|relating\\s+to|to\\s+combat)\\s+\\S", Pattern.CASE_INSENSITIVE);
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

    /**
     * The bodies a text names. A name that ends in "Convention" and goes on as another
     * convention's ("the Conference of the Parties to the Convention on Biological Diversity")
     * names none of ours, though its first words are a variant of one.
     */
    public List<NameMatch<BodyEntry>> find(CharSequence text) {
        String s = text.toString();
        return gazetteer().findAll(s).stream().filter(m -> !cutShort(s, m)).toList();
    }

    private static boolean cutShort(String text, NameMatch<BodyEntry> m) {
        return m.text().toLowerCase(Locale.ROOT).endsWith("convention") && ANOTHER_CONVENTION.matcher(text.substring(m.end())).lookingAt();
    }

    public Gazetteer<BodyEntry> gazetteer() {
        return catalog.gazetteer();
    }
}
