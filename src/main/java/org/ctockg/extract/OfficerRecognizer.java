package org.ctockg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.text.Block;

/**
 * The officers of a meeting: chairs, vice-chairs and rapporteurs, with the country after the name.
 * "the Chairman, Eugenio Curia (Argentina)", "the Vice-Chair, X (Country)" (a vice-chair, not a
 * chair), "chaired by X (Country)", "X (Country), Rapporteur of the Working Group", "elected X
 * (Country) as Vice-Chair", "X (Country) served as Rapporteur", and the lists of elected officers: "Chair: X (Country) Vice-Chairs: A
 * (Country), B (Country) Rapporteur: C (Country)".
 */
final class OfficerRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.MEETINGS);
    }

    private static final String TITLE = MeetingOffice.TITLES;
    private static final String PERSON = NamedPerson.TITLE + "?" + NamedPerson.NAME;
    private static final Pattern TITLE_COMMA = Pattern.compile(
            "(?i:(" + TITLE + "))\\s*,\\s*(" + PERSON + "\\s*\\([^)]{2,80}\\))");
    private static final Pattern CHAIRED_BY = Pattern.compile(
            "(?i:\\b(?:chaired|presided\\s+over|presided)\\s+by)\\s+(?:the\\s+)?(?:(?i:Chair|Chairperson|President)\\s*,\\s*)?(" + PERSON + "(?:\\s*\\([^)]{2,80}\\))?)");
    private static final Pattern NAME_THEN_TITLE = Pattern.compile(
            "(" + PERSON + "\\s*\\([^)]{2,80}\\))\\s*,\\s*(?:the\\s+)?(?i:(" + TITLE + "))\\s+of\\b");
    private static final Pattern ELECTED_AS = Pattern.compile(
            "(?i:\\belected\\s+(?:by\\s+acclamation\\s+)?)(" + PERSON + "\\s*\\([^)]{2,80}\\))\\s+(?i:as)\\s+(?i:its\\s+)?(?i:(" + TITLE + "))\\b");
    /** "Mr. Peter Schmidt (Germany) served as Vice-Chair". */
    private static final Pattern SERVED_AS = Pattern.compile(
            "(" + PERSON + "\\s*\\([^)]{2,80}\\))\\s+(?i:served|acted|was\\s+elected|was\\s+appointed)\\s+(?i:as)\\s+(?i:its\\s+|the\\s+)?(?i:(" + TITLE + "))\\b");
    /** "Vice-Chairs: A (Country), B (Country)": a title, a colon, the people up to the next title. */
    private static final Pattern TITLE_COLON = Pattern.compile("(?i:(" + TITLE + "))\\s*:\\s*");
    private static final Pattern OFFICE_WORD = Pattern.compile("(?i)chair|presid|rapporteur");

    @Override
    public void recognise(ReportContext ctx) {
        PersonRoleWriter writer = new PersonRoleWriter(ctx);
        for (PersonInRole p : find(ctx)) {
            writer.write(p);
        }
    }

    static List<PersonInRole> find(ReportContext ctx) {
        List<PersonInRole> out = new ArrayList<>();
        for (Block b : ctx.doc.blocks()) {
            if (!b.kind().isProse()) {
                continue;
            }
            String text = b.text();
            // the patterns start with a name, costly to try everywhere: only where an office is named
            if (!OFFICE_WORD.matcher(text).find()) {
                continue;
            }
            Matcher m = TITLE_COMMA.matcher(text);
            while (m.find()) {
                add(ctx, b, m.group(2), MeetingOffice.titled(m.group(1)), out);
            }
            m = CHAIRED_BY.matcher(text);
            while (m.find()) {
                add(ctx, b, m.group(1), MeetingOffice.CHAIR, out);
            }
            m = NAME_THEN_TITLE.matcher(text);
            while (m.find()) {
                add(ctx, b, m.group(1), MeetingOffice.titled(m.group(2)), out);
            }
            m = SERVED_AS.matcher(text);
            while (m.find()) {
                add(ctx, b, m.group(1), MeetingOffice.titled(m.group(2)), out);
            }
            m = ELECTED_AS.matcher(text);
            while (m.find()) {
                add(ctx, b, m.group(1), MeetingOffice.titled(m.group(2)), out);
            }
            listed(ctx, b, text, out);
        }
        return out;
    }

    /** "Chair: A (Country) Vice-Chairs: B (Country), C (Country); Rapporteur: D (Country)". */
    private static void listed(ReportContext ctx, Block b, String text, List<PersonInRole> out) {
        Matcher m = TITLE_COLON.matcher(text);
        List<int[]> labels = new ArrayList<>();
        List<MeetingOffice> offices = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
            offices.add(MeetingOffice.titled(m.group(1)));
        }
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            String list = text.substring(labels.get(i)[1], end);
            int stop = list.indexOf('\n');
            list = stop >= 0 ? list.substring(0, stop) : list;
            for (String item : NamedPerson.items(list)) {
                if (item.contains("(")) {
                    add(ctx, b, item, offices.get(i), out);
                }
            }
        }
    }

    private static void add(ReportContext ctx, Block b, String item, MeetingOffice office, List<PersonInRole> out) {
        NamedPerson.read(ctx, item).ifPresent(p -> out.add(new PersonInRole(p, office, b)));
    }
}
