package org.ctockg.extract;

import java.time.LocalDate;

import org.apache.jena.graph.Node;
import org.ctockg.reference.BodyEntry;
import org.ctockg.vocab.Ctoc;

/**
 * Writes meetings: the ctoc:Meeting (or ctoc:Session of a conference) a report is about, with its
 * body, days, place, ordinal, the session during which it met, its label and evidence; and the
 * meeting a document was issued for.
 */
final class MeetingWriter {
    private final ReportContext ctx;

    MeetingWriter(ReportContext ctx) {
        this.ctx = ctx;
    }

    /** Writes the meeting the report is about, and returns it as later recognisers see it. */
    ReportContext.Meeting write(MeetingHeld held) {
        BodyEntry body = held.body();
        Node bodyNode = ctx.iris.body(body.slug());
        MeetingNumbering.Numbering numbering = held.numbering();
        Integer ordinal = numbering.ordinal() == null ? null : numbering.ordinal().number();
        Integer session = numbering.session() == null ? null : numbering.session().number();
        Node meeting;
        if (body.isConference() && session != null) {
            meeting = ctx.iris.session(body.slug(), session);
            ctx.sink.type(meeting, Ctoc.Session);
            ctx.sink.add(meeting, Ctoc.sessionOf, bodyNode);
            ctx.sink.string(meeting, Ctoc.number, session.toString());
        } else {
            meeting = held.dates() == null ? ctx.iris.inReport(ctx.reportId, "meeting/" + body.slug())
                    : ctx.iris.meeting(body.slug(), held.dates().start().toString());
            if (session != null) {
                String conference = numbering.sessionOf().slug();
                Node s = ctx.iris.session(conference, session);
                ctx.sink.add(meeting, Ctoc.duringSession, s);
                ctx.sink.type(s, Ctoc.Session);
                ctx.sink.type(s, Ctoc.Meeting);
                ctx.sink.add(s, Ctoc.sessionOf, ctx.iris.body(conference));
                ctx.sink.add(s, Ctoc.ofBody, ctx.iris.body(conference));
                ctx.sink.string(s, Ctoc.number, session.toString());
            }
        }
        ctx.sink.type(meeting, Ctoc.Meeting);
        ctx.sink.add(meeting, Ctoc.ofBody, bodyNode);
        LocalDate start = held.dates() == null ? null : held.dates().start();
        LocalDate end = held.dates() == null ? null : held.dates().end();
        ctx.sink.date(meeting, Ctoc.startDate, start);
        ctx.sink.date(meeting, Ctoc.endDate, end);
        ctx.sink.string(meeting, Ctoc.venue, held.venue());
        if (ordinal != null) {
            ctx.sink.integer(meeting, Ctoc.ordinal, ordinal);
        }
        ctx.sink.label(meeting, label(body, ordinal, session, start, end));
        ctx.sink.evidence(meeting, StructureWriter.mastheadUnit(ctx));
        for (MeetingNumbering.Numbered n : new MeetingNumbering.Numbered[] {numbering.ordinal(), numbering.session()}) {
            if (n != null && n.from() != null) {
                ctx.sink.evidence(meeting, ctx.unit(n.from()));
            }
        }
        ctx.sink.add(ctx.report, Ctoc.reportsOn, meeting);
        return new ReportContext.Meeting(meeting, body, start, end, held.venue());
    }

    /** Writes the meeting a document was issued for: no {@code reportsOn}, so nothing else is read into it. */
    void write(IssuedFor m) {
        BodyEntry body = m.body();
        Integer session = m.session();
        LocalDate start = m.dates() == null ? null : m.dates().start();
        LocalDate end = m.dates() == null ? null : m.dates().end();
        Node meeting = session != null ? ctx.iris.session(body.slug(), session) : ctx.iris.meeting(body.slug(), start.toString());
        ctx.sink.type(meeting, Ctoc.Meeting);
        ctx.sink.add(meeting, Ctoc.ofBody, ctx.iris.body(body.slug()));
        if (session != null) {
            ctx.sink.type(meeting, Ctoc.Session);
            ctx.sink.add(meeting, Ctoc.sessionOf, ctx.iris.body(body.slug()));
            ctx.sink.string(meeting, Ctoc.number, session.toString());
        }
        ctx.sink.date(meeting, Ctoc.startDate, start);
        ctx.sink.date(meeting, Ctoc.endDate, end);
        ctx.sink.string(meeting, Ctoc.venue, m.venue());
        ctx.sink.label(meeting, (session != null ? capitalise(Ordinals.english(session)) + " session" : "Meeting") + " of the " + body.name()
                + (start == null ? "" : ", " + start + (end != null && !end.equals(start) ? " to " + end : "")));
        ctx.sink.add(ctx.report, Ctoc.issuedFor, meeting);
        ctx.sink.evidence(meeting, StructureWriter.mastheadUnit(ctx));
    }

    private static String label(BodyEntry body, Integer ordinal, Integer session, LocalDate start, LocalDate end) {
        StringBuilder b = new StringBuilder();
        if (body.isConference() && session != null) {
            b.append(capitalise(Ordinals.english(session))).append(" session of the ").append(body.name());
        } else {
            b.append(ordinal == null ? "Meeting" : capitalise(Ordinals.english(ordinal)) + " meeting").append(" of the ").append(body.name());
        }
        if (start != null) {
            b.append(", ").append(start).append(end != null && !end.equals(start) ? " to " + end : "");
        }
        return b.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
