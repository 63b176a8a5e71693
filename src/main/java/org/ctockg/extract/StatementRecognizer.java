package org.ctockg.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.reference.BodyEntry;
import org.ctockg.reference.NameMatch;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.text.Sentences;

/**
 * Who made statements: "Statements were made by representatives of the following States: ...",
 * "Statements were made by the observers for the following signatory States: ...", "The
 * observer for X also made a statement", "The representative of the European Union made a
 * statement", with the agenda item when the sentence gives it ("Under agenda item 2 of ...") or
 * the block stands under the heading of an item's discussion. Each speaker's is a
 * {@link Statement}, written by {@link StatementWriter}.
 */
final class StatementRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.MEETINGS, ContextFact.AGENDA_HEADINGS);
    }

    private static final Pattern BY_LIST = Pattern.compile(
            "(?i)\\bstatements?\\s+(?:were|was)\\s+(?:also\\s+)?(?:made|delivered)\\s+by\\s+(?:the\\s+)?(?:representatives?|observers?|delegations?)\\s+(?:of|for|from)\\s+");
    private static final Pattern SPEAKER_MADE = Pattern.compile(
            "(?i)\\b(?:representatives?|observers?|delegations?)\\s+(?:of|for|from)\\s+(.+?)\\s+(?:also\\s+)?(?:made|delivered)\\s+(?:a\\s+|an\\s+)?(?:\\w+\\s+)?statements?");
    private static final Pattern FOLLOWING_MADE = Pattern.compile(
            "(?i)\\bthe\\s+following\\s+(?:States|speakers|delegations|countries)[^:]*?\\s+(?:made|delivered)\\s+statements?\\b[^:]*:");
    private static final Pattern AGENDA_ITEM = Pattern.compile("(?i)\\bagenda\\s+item\\s+(\\d{1,2}(?:\\s*\\([a-z]\\))?)");

    @Override
    public void recognise(ReportContext ctx) {
        StatementWriter writer = new StatementWriter(ctx);
        for (Block b : ctx.doc.blocks()) {
            if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.TEXT && b.kind() != BlockKind.SUBPARAGRAPH) {
                continue;
            }
            for (Sentences.Sentence s : b.sentences()) {
                String names = speakers(s.text());
                if (names == null) {
                    continue;
                }
                boolean partial = NamedParticipants.isPartial(names);
                ReportContext.Meeting meeting = meetingOf(ctx, b, s.text());
                if (meeting == null) {
                    continue;
                }
                Matcher item = AGENDA_ITEM.matcher(s.text());
                String agendaItem = item.find() ? item.group(1).replaceAll("\\s+", "") : itemOfSection(ctx, b, meeting);
                for (NamedParticipants.Named p : NamedParticipants.find(ctx, names)) {
                    writer.write(new Statement(b, p, meeting, agendaItem, partial));
                }
            }
        }
    }

    /** The item whose discussion the block stands under (a heading over the item), or null. */
    private static String itemOfSection(ReportContext ctx, Block b, ReportContext.Meeting meeting) {
        for (int i = b.headings().size() - 1; i >= 0; i--) {
            AgendaEntry e = ctx.agendaHeadings.get(b.headings().get(i));
            if (e != null) {
                return e.meeting().equals(meeting) ? e.number() : null;
            }
        }
        return null;
    }

    /** The part of the sentence that names the speakers, or null when it reports no statement. */
    static String speakers(String sentence) {
        Matcher list = BY_LIST.matcher(sentence);
        if (list.find()) {
            String rest = sentence.substring(list.end());
            int colon = rest.indexOf(':');
            return colon >= 0 ? rest.substring(colon + 1) : rest;
        }
        Matcher following = FOLLOWING_MADE.matcher(sentence);
        if (following.find()) {
            return sentence.substring(following.end());
        }
        Matcher made = SPEAKER_MADE.matcher(sentence);
        if (made.find()) {
            return made.group(1);
        }
        return null;
    }

    /** The meeting of the body the sentence names ("under agenda item 2 of the Working Group on ..."), else the block's. */
    private static ReportContext.Meeting meetingOf(ReportContext ctx, Block b, String sentence) {
        for (NameMatch<BodyEntry> m : ctx.reference.bodies().gazetteer().findAll(sentence)) {
            for (ReportContext.Meeting meeting : ctx.meetings) {
                if (meeting.body().slug().equals(m.entity().slug())) {
                    return meeting;
                }
            }
        }
        return ctx.meetingFor(b).orElse(null);
    }
}
