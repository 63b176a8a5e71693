package org.ctockg.extract;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.ctockg.reference.NameMatch;
import org.ctockg.reference.OrganizationEntry;
import org.ctockg.reference.StateEntry;
import org.ctockg.vocab.Ctoc;

/**
 * The States and organizations a stretch of text names, in order. An organization's name wins
 * over a State's name inside it ("Organization of American States", "Council of Europe"); a name
 * followed by its abbreviation in parentheses is one participant.
 */
final class NamedParticipants {
    private NamedParticipants() {
    }

    /** A participant named in the text: its node, its type, its ISO code when it is a State. */
    record Named(Node node, Node type, String alpha3, String name, int start, int end) {
    }

    static List<Named> find(ReportContext ctx, String text) {
        List<NameMatch<OrganizationEntry>> orgs = ctx.reference.organizations().gazetteer().findAll(text);
        List<Named> out = new ArrayList<>();
        for (NameMatch<StateEntry> s : ctx.reference.states().gazetteer().findAll(text)) {
            boolean insideOrg = orgs.stream().anyMatch(o -> o.start() <= s.start() && s.end() <= o.end());
            if (!insideOrg) {
                out.add(new Named(ctx.iris.state(s.entity().alpha3()), Ctoc.State, s.entity().alpha3(), s.entity().name(), s.start(), s.end()));
            }
        }
        for (NameMatch<OrganizationEntry> o : orgs) {
            out.add(new Named(ctx.iris.organization(o.entity().slug()), typeOf(o.entity()), null, o.entity().name(), o.start(), o.end()));
        }
        out.sort(java.util.Comparator.comparingInt(Named::start));
        return withoutRepeatedAbbreviations(text, out);
    }

    /** "the United Nations Office on Drugs and Crime (UNODC)": the name and its abbreviation name one participant. */
    private static List<Named> withoutRepeatedAbbreviations(String text, List<Named> named) {
        List<Named> out = new ArrayList<>(named.size());
        for (Named n : named) {
            Named previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean repeats = previous != null && previous.node().equals(n.node()) && previous.end() <= n.start()
                    && text.substring(previous.end(), n.start()).matches("\\s*\\(\\s*");
            if (!repeats) {
                out.add(n);
            }
        }
        return out;
    }

    static Node typeOf(OrganizationEntry org) {
        return ParticipantTypes.of(org.kind());
    }

    /** A list that ends in "[...]" names only some of those who took part. */
    static boolean isPartial(String text) {
        return text.contains("[...]") || text.contains("[\u2026]") || text.contains("(...)");
    }
}
