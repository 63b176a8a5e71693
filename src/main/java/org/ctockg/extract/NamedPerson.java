package org.ctockg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * A person as reports name one: a name without Mr./Ms., and the country after it ("Eugenio
 * Curia (Argentina)") or the organization they represent ("Ignacio de Lucas, a representative of
 * UNODC"), as the node of a State or an organization.
 */
record NamedPerson(String name, Node affiliation) {
    static final String TITLE = "(?:(?:Mr|Ms|Mrs|Dr|Prof|H\\.E)\\.?\\s+|(?:Judge|Professor|Ambassador|Justice)\\s+)";
    private static final String WORD = "\\p{Lu}[\\p{L}'.\\-]*\\p{L}\\.?";
    private static final String PARTICLE = "(?:de|del|de la|da|das|do|dos|van|von|der|den|bin|binti|al|el|le|la|di|du|y|e)";
    static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + ")+";
    private static final Pattern PERSON = Pattern.compile("^\\s*(?:and\\s+)?" + TITLE + "?(" + NAME + ")(?:\\s*\\(([^)]{2,80})\\))?");
    private static final Pattern REPRESENTATIVE_OF = Pattern.compile(
            "^\\s*,\\s*(?:a|the)\\s+(?:representative|member|staff member|officer)\\s+of\\s+(?:the\\s+)?([^,;]+)|^\\s*,\\s*an?\\s+(\\p{Lu}[\\p{L}]+)\\s+representative");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            ".*\\b(?:Working|Group|Conference|Secretariat|Convention|Office|United|Nations|Committee|Chair|Vice-Chair|Rapporteur|States?|Government|Republic|Protocol|Meeting)\\b.*");

    /** The person an item of a list names ("Ms. Virginia Prugh (United States)"), if it names one. */
    static Optional<NamedPerson> read(ReportContext ctx, String item) {
        Matcher m = PERSON.matcher(item);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        if (NOT_A_NAME.matcher(name).matches() || ctx.reference.states().gazetteer().lookup(name).isPresent()) {
            return Optional.empty();
        }
        Node affiliation = null;
        String country = m.group(2);
        if (country != null) {
            affiliation = ctx.reference.states().gazetteer().lookup(country.strip())
                    .map(s -> ctx.iris.state(s.alpha3()))
                    .or(() -> organization(ctx, country)).orElse(null);
        }
        if (affiliation == null) {
            Matcher rep = REPRESENTATIVE_OF.matcher(item.substring(m.end()));
            if (rep.lookingAt()) {
                affiliation = organization(ctx, rep.group(1) != null ? rep.group(1) : rep.group(2)).orElse(null);
            }
        }
        return Optional.of(new NamedPerson(name, affiliation));
    }

    /** The items of a list of people: split at semicolons, or else after each "(Country)" or at commas. */
    static List<String> items(String list) {
        String l = list.replaceFirst("[.;]\\s*$", "");
        String[] parts;
        if (l.contains(";")) {
            parts = l.split(";");
        } else if (l.contains(")")) {
            parts = l.split("(?<=\\))\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");
        } else {
            parts = l.split(",\\s*(?:and\\s+)?|\\s+and\\s+");
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static Optional<Node> organization(ReportContext ctx, String text) {
        return ctx.reference.organizations().gazetteer().findAll(text).stream().findFirst()
                .map(o -> ctx.iris.organization(o.entity().slug()));
    }
}
