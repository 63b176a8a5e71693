package org.ctockg.extract;

import org.apache.jena.graph.Node;
import org.ctockg.vocab.Ctoc;

/**
 * Writes statements: the ctoc:Statement (numbered in the order found) with its speaker, meeting,
 * agenda item and evidence; the State mentioned by its unit, or the speaker's type when it is
 * no State.
 */
final class StatementWriter {
    private final ReportContext ctx;
    private int count;

    StatementWriter(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(Statement s) {
        Node n = ctx.iris.inReport(ctx.reportId, "statement/" + (++count));
        Node unit = ctx.unit(s.unit());
        NamedParticipants.Named speaker = s.speaker();
        ctx.sink.type(n, Ctoc.Statement);
        ctx.sink.add(n, Ctoc.speaker, speaker.node());
        ctx.sink.add(n, Ctoc.inMeeting, s.meeting().node());
        ctx.sink.evidence(n, unit);
        if (s.agendaItem() != null) {
            Node itemNode = AgendaWriter.itemNode(ctx, s.meeting(), s.agendaItem());
            ctx.sink.add(n, Ctoc.underAgendaItem, itemNode);
            ctx.sink.evidence(itemNode, unit);
        }
        if (s.partial()) {
            ctx.sink.bool(n, Ctoc.partial, true);
        }
        ctx.sink.label(n, "statement by " + speaker.name());
        if (speaker.alpha3() != null) {
            ctx.sink.add(unit, Ctoc.mentionsState, speaker.node());
        } else {
            ctx.sink.type(speaker.node(), speaker.type());
        }
    }
}
