package org.ctockg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.ctockg.rdf.FactSink;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.text.Sentences;
import org.ctockg.vocab.Ctoc;

/**
 * Chairs and panellists, with the country after the name ("Eugenio Curia (Argentina)",
 * "Ms. Virginia Prugh (United States)") or the organization they represent ("a representative
 * of UNODC"): "the Chairman, X (Country)", "chaired by X (Country)", "X (Country), Chair of ...",
 * "led by the following panellists: A (Country), B (Country) and C (Country)".
 */
final class PeopleRecognizer implements Recognizer {
    private static final String TITLE = "(?:(?:Mr|Ms|Mrs|Dr|Prof|H\\.E)\\.?\\s+|(?:Judge|Professor|Ambassador|Justice)\\s+)";
    private static final String WORD = "\\p{Lu}[\\p{L}'.\\-]*\\p{L}\\.?";
    private static final String PARTICLE = "(?:de|del|de la|da|das|do|dos|van|von|der|den|bin|binti|al|el|le|la|di|du|y|e)";
    private static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + ")+";
    private static final Pattern PERSON = Pattern.compile("^\\s*(?:and\\s+)?" + TITLE + "?(" + NAME + ")(?:\\s*\\(([^)]{2,80})\\))?");
    private static final Pattern CHAIR_COMMA = Pattern.compile(
            "(?i:\\b(?:Chair|Chairman|Chairperson|Chairwoman|President))\\s*,\\s*(" + TITLE + "?" + NAME + "\\s*\\([^)]{2,80}\\))");
    private static final Pattern CHAIRED_BY = Pattern.compile(
            "(?i:\\b(?:chaired|presided\\s+over|presided)\\s+by)\\s+(?:the\\s+)?(?:(?i:Chair|Chairperson|President)\\s*,\\s*)?(" + TITLE + "?" + NAME + "(?:\\s*\\([^)]{2,80}\\))?)");
    private static final Pattern NAME_THEN_CHAIR = Pattern.compile(
            "(" + TITLE + "?" + NAME + "\\s*\\([^)]{2,80}\\))\\s*,\\s*(?:the\\s+)?(?i:Chair|Chairman|Chairperson|Chairwoman|President)\\s+of\\b");
    private static final Pattern ELECTED_CHAIR = Pattern.compile("(?m)^\\s*(?i:Chair|Chairperson|Chairman|President)\\s*:\\s*(" + TITLE + "?" + NAME + "(?:\\s*\\([^)]{2,80}\\))?)");
    private static final Pattern ELECTED_AS = Pattern.compile(
            "(?i:\\belected\\s+(?:by\\s+acclamation\\s+)?)(" + TITLE + "?" + NAME + "\\s*\\([^)]{2,80}\\))\\s+(?i:as)\\s+(?i:its\\s+)?(?i:Chair|Chairperson|Chairman|President)\\b");
    private static final Pattern PANEL = Pattern.compile("(?i)\\bpanel+ists?\\b");
    private static final Pattern REPRESENTATIVE_OF = Pattern.compile("^\\s*,\\s*(?:a|the)\\s+(?:representative|member|staff member|officer)\\s+of\\s+(?:the\\s+)?([^,;]+)|^\\s*,\\s*an?\\s+(\\p{Lu}[\\p{L}]+)\\s+representative");

    private static final List<Pattern> CHAIR_PATTERNS = List.of(CHAIR_COMMA, CHAIRED_BY, NAME_THEN_CHAIR, ELECTED_CHAIR, ELECTED_AS);
    private static final Pattern CHAIR_WORD = Pattern.compile("(?i)chair|presid");

    /** The chair patterns start with a name, costly to try everywhere: only where the word is. */
    private static boolean mentionsChair(String text) {
        return CHAIR_WORD.matcher(text).find();
    }

    @Override
    public void recognise(ReportContext ctx) {
        for (Block b : ctx.doc.blocks()) {
            if (b.kind() == BlockKind.HEADING || b.kind() == BlockKind.TABLE_ROW || b.kind() == BlockKind.FOOTNOTE) {
                continue;
            }
            String text = b.text();
            for (Pattern p : mentionsChair(text) ? CHAIR_PATTERNS : List.<Pattern>of()) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    person(ctx, b, m.group(1), "chair");
                }
            }
            for (Sentences.Sentence s : b.sentences()) {
                Matcher panel = PANEL.matcher(s.text());
                if (!panel.find()) {
                    continue;
                }
                String rest = s.text().substring(panel.end());
                int colon = rest.indexOf(':');
                if (colon >= 0 && colon < 40) {
                    rest = rest.substring(colon + 1);
                } else if (!s.text().substring(panel.start(), panel.end()).toLowerCase().endsWith("t")) {
                    continue;
                }
                for (String item : items(rest)) {
                    person(ctx, b, item, "panellist");
                }
            }
        }
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

    private static void person(ReportContext ctx, Block b, String item, String role) {
        Matcher m = PERSON.matcher(item);
        if (!m.lookingAt()) {
            return;
        }
        String name = m.group(1).strip();
        if (notAName(ctx, name)) {
            return;
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
        ReportContext.Meeting meeting = ctx.meetingFor(b).orElse(null);
        if (meeting == null) {
            return;
        }
        Node person = ctx.iris.person(name);
        ctx.sink.type(person, Ctoc.Person);
        ctx.sink.string(person, FactSink.FOAF_NAME, name);
        ctx.sink.label(person, name);
        Node n = ctx.iris.inReport(ctx.reportId, "person-role/" + org.ctockg.rdf.Iris.slug(name) + "/" + role
                + (ctx.meetings.size() > 1 ? "/" + meeting.body().slug() : ""));
        ctx.sink.type(n, Ctoc.PersonRole);
        ctx.sink.add(n, Ctoc.person, person);
        ctx.sink.add(n, Ctoc.inMeeting, meeting.node());
        ctx.sink.add(n, Ctoc.role, role.equals("chair") ? Ctoc.roleChair : Ctoc.rolePanellist);
        if (affiliation != null) {
            ctx.sink.add(n, Ctoc.affiliation, affiliation);
        }
        ctx.sink.evidence(n, ctx.unit(b));
        ctx.sink.label(n, name + " (" + role + ")");
    }

    private static Optional<Node> organization(ReportContext ctx, String text) {
        return ctx.reference.organizations().gazetteer().findAll(text).stream().findFirst()
                .map(o -> ctx.iris.organization(o.entity().slug()));
    }

    private static boolean notAName(ReportContext ctx, String name) {
        return name.matches(".*\\b(?:Working|Group|Conference|Secretariat|Convention|Office|United|Nations|Committee|Chair|States?|Government|Republic|Protocol|Meeting)\\b.*")
                || ctx.reference.states().gazetteer().lookup(name).isPresent();
    }
}
