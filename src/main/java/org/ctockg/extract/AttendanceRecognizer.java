package org.ctockg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.diagnostics.Family;
import org.ctockg.reference.NameMatch;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.text.FootnoteRef;
import org.ctockg.text.Sentences;

/**
 * Who was represented, and in which role: "The following States parties to the Convention were
 * represented ...: A, B and C" (party), "The following States signatories ... were represented by
 * observers: ..." (signatory), "Palestine, an entity maintaining a permanent observer mission, was
 * also represented by an observer" (observer); organizations likewise, in the graph only. In a
 * report on several meetings, a footnote on a name that restricts it ("Attending the 11th session
 * of the Working Group ... only", "Did not attend the meeting of the Working Group on ...") decides
 * at which of them it was represented.
 */
final class AttendanceRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.MEETINGS);
    }

    private static final Pattern REPRESENTED = Pattern.compile("(?i)\\b(?:were|was)\\s+(?:also\\s+)?represented\\b|\\battended\\s+by\\b");
    private static final Pattern ONLY = Pattern.compile("(?i)\\b(?:attend\\w*|participat\\w*|present|represented)\\b.*\\bonly\\b|\\bonly\\s+(?:attend\\w*|participat\\w*)\\b");
    private static final Pattern NOT = Pattern.compile("(?i)\\b(?:did\\s+not|does\\s+not|not)\\s+(?:attend|participate|present|represented)\\b");

    @Override
    public void recognise(ReportContext ctx) {
        AttendanceWriter writer = new AttendanceWriter(ctx);
        for (Attendance a : find(ctx)) {
            writer.write(a);
        }
    }

    static List<Attendance> find(ReportContext ctx) {
        List<Attendance> out = new ArrayList<>();
        for (Block b : ctx.doc.blocks()) {
            if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.TEXT) {
                continue;
            }
            for (Sentences.Sentence s : b.sentences()) {
                Matcher m = REPRESENTED.matcher(s.text());
                if (!m.find() || s.text().toLowerCase(Locale.ROOT).contains("not represented")) {
                    continue;
                }
                int colon = s.text().indexOf(':');
                String description;
                int namesFrom;
                int namesTo;
                if (colon > 0 && colon > m.start()) {
                    description = s.text().substring(0, colon);
                    namesFrom = colon + 1;
                    namesTo = s.text().length();
                } else {
                    description = s.text();
                    namesFrom = 0;
                    namesTo = m.start();
                }
                String names = s.text().substring(namesFrom, namesTo);
                ParticipationRole role = ParticipationRole.describedBy(description);
                boolean partial = NamedParticipants.isPartial(names);
                List<NamedParticipants.Named> named = NamedParticipants.find(ctx, names);
                List<Block> onSentence = namesTo < s.text().length() ? footnotesOn(ctx, b, s.end(), s.end() + 1) : List.of();
                for (int i = 0; i < named.size(); i++) {
                    NamedParticipants.Named p = named.get(i);
                    int end = s.start() + namesFrom + p.end();
                    int next = i + 1 < named.size() ? s.start() + namesFrom + named.get(i + 1).start() : s.start() + namesTo;
                    List<Block> notes = new ArrayList<>(footnotesOn(ctx, b, end, next));
                    notes.addAll(onSentence);
                    List<ReportContext.Meeting> meetings = meetingsOf(ctx, notes);
                    if (!meetings.isEmpty()) {
                        out.add(new Attendance(p, role, meetings, b, notes, partial));
                    }
                }
                UnknownNames.report(ctx, b, Family.ATTENDANCE, names, named);
            }
        }
        return out;
    }

    /**
     * The footnotes whose markers follow a name, before the next name; or, for a sentence that
     * names before it says "was represented", that end it ("Japan ... was represented by an observer.³").
     */
    private static List<Block> footnotesOn(ReportContext ctx, Block b, int end, int next) {
        List<Block> notes = new ArrayList<>();
        for (FootnoteRef ref : b.footnoteRefs()) {
            if (ref.offset() >= end && ref.offset() <= next && b.text().substring(end, ref.offset()).matches("[\\s,.;:)\\]]*")) {
                Block note = ctx.doc.footnotes().get(ref.number());
                if (note != null) {
                    notes.add(note);
                }
            }
        }
        return notes;
    }

    /** The meetings a participant was represented at: all, unless a footnote restricts it. */
    private static List<ReportContext.Meeting> meetingsOf(ReportContext ctx, List<Block> notes) {
        List<ReportContext.Meeting> meetings = new ArrayList<>(ctx.meetings);
        if (ctx.meetings.size() < 2) {
            return meetings;
        }
        for (Block note : notes) {
            List<ReportContext.Meeting> named = meetingsNamed(ctx, note.text());
            if (named.isEmpty()) {
                continue;
            }
            if (NOT.matcher(note.text()).find()) {
                meetings.removeAll(named);
            } else if (ONLY.matcher(note.text()).find()) {
                meetings.retainAll(named);
            }
        }
        return meetings;
    }

    private static List<ReportContext.Meeting> meetingsNamed(ReportContext ctx, String text) {
        List<ReportContext.Meeting> out = new ArrayList<>();
        for (NameMatch<org.ctockg.reference.BodyEntry> m : ctx.reference.bodies().gazetteer().findAll(text)) {
            for (ReportContext.Meeting meeting : ctx.meetings) {
                if (meeting.body().slug().equals(m.entity().slug()) && !out.contains(meeting)) {
                    out.add(meeting);
                }
            }
        }
        return out;
    }
}
