package org.ctockg.extract;

import org.apache.jena.graph.Node;
import org.ctockg.text.Block;
import org.ctockg.vocab.Ctoc;

/**
 * Writes attendance: one ctoc:Participation per participant, meeting and role, derived from the
 * attendance paragraph and the footnotes that restricted it; a State is also mentioned by the
 * paragraph, an organization typed by its kind.
 */
final class AttendanceWriter {
    private final ReportContext ctx;

    AttendanceWriter(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(Attendance a) {
        NamedParticipants.Named p = a.who();
        Node unit = ctx.unit(a.from());
        String key = p.alpha3() != null ? p.alpha3() : p.node().getURI().substring(p.node().getURI().lastIndexOf('/') + 1);
        String role = a.role().notation();
        for (ReportContext.Meeting meeting : a.meetings()) {
            String path = "participation/" + (ctx.meetings.size() > 1 ? meeting.body().slug() + "/" : "") + key + "/" + role;
            Node n = ctx.iris.inReport(ctx.reportId, path);
            ctx.sink.type(n, Ctoc.Participation);
            ctx.sink.add(n, Ctoc.participant, p.node());
            ctx.sink.add(n, Ctoc.inMeeting, meeting.node());
            ctx.sink.add(n, Ctoc.role, a.role().concept());
            ctx.sink.evidence(n, unit);
            for (Block note : a.footnotes()) {
                ctx.sink.evidence(n, ctx.unit(note));
            }
            if (a.partial()) {
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
}
