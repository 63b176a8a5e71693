package org.ctockg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.ctockg.diagnostics.Family;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.text.Sentences;
import org.ctockg.vocab.Ctoc;

/**
 * Who was represented, and in which role: "The following States parties to the Convention were
 * represented ...: A, B and C" (party), "The following States signatories ... were represented by
 * observers: ..." (signatory), "Palestine, an entity maintaining a permanent observer mission, was
 * also represented by an observer" (observer); organizations likewise, in the graph only.
 */
final class AttendanceRecognizer implements Recognizer {
    private static final Pattern REPRESENTED = Pattern.compile("(?i)\\b(?:were|was)\\s+(?:also\\s+)?represented\\b|\\battended\\s+by\\b");

    @Override
    public void recognise(ReportContext ctx) {
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
                String names;
                if (colon > 0 && colon > m.start()) {
                    description = s.text().substring(0, colon);
                    names = s.text().substring(colon + 1);
                } else {
                    description = s.text();
                    names = s.text().substring(0, m.start());
                }
                String role = role(description);
                boolean partial = NamedParticipants.isPartial(names);
                List<NamedParticipants.Named> named = NamedParticipants.find(ctx, names);
                for (NamedParticipants.Named p : named) {
                    write(ctx, b, p, role, partial);
                }
                UnknownNames.report(ctx, b, Family.ATTENDANCE, names, named);
            }
        }
    }

    static String role(String description) {
        String d = description.toLowerCase(Locale.ROOT);
        if (d.contains("signator")) {
            return "signatory";
        }
        if (d.contains("not parties") || d.contains("non-part") || d.contains("not a party") || d.contains("observer state")
                || d.contains("non-member") || d.contains("observer mission") || d.contains("permanent observer")
                || d.contains("intergovernmental") || d.contains("united nations") || d.contains("non-governmental")
                || d.contains("specialized agenc") || d.contains("organizations") && !d.contains("parties")) {
            return "observer";
        }
        if (d.contains("parties") || d.contains("party")) {
            return "party";
        }
        return d.contains("observer") ? "observer" : "party";
    }

    private static void write(ReportContext ctx, Block b, NamedParticipants.Named p, String role, boolean partial) {
        List<ReportContext.Meeting> meetings = ctx.meetings;
        if (meetings.isEmpty()) {
            return;
        }
        Node unit = ctx.unit(b);
        String key = p.alpha3() != null ? p.alpha3() : p.node().getURI().substring(p.node().getURI().lastIndexOf('/') + 1);
        for (ReportContext.Meeting meeting : meetings) {
            String path = "participation/" + (meetings.size() > 1 ? meeting.body().slug() + "/" : "") + key + "/" + role;
            Node n = ctx.iris.inReport(ctx.reportId, path);
            ctx.sink.type(n, Ctoc.Participation);
            ctx.sink.add(n, Ctoc.participant, p.node());
            ctx.sink.add(n, Ctoc.inMeeting, meeting.node());
            ctx.sink.add(n, Ctoc.role, roleNode(role));
            ctx.sink.evidence(n, unit);
            if (partial) {
                ctx.sink.bool(n, Ctoc.partial, true);
            }
            ctx.sink.label(n, p.name() + " (" + role + ") at the " + meeting.body().name());
        }
        if (p.alpha3() != null) {
            ctx.sink.add(unit, Ctoc.mentionsState, p.node());
        } else {
            ctx.sink.type(p.node(), p.type());
        }
    }

    static Node roleNode(String role) {
        return switch (role) {
            case "signatory" -> Ctoc.roleSignatory;
            case "observer" -> Ctoc.roleObserver;
            default -> Ctoc.rolePartyState;
        };
    }
}
