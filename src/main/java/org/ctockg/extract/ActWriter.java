package org.ctockg.extract;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.ctockg.rdf.FactSink;
import org.ctockg.vocab.Ctoc;

/**
 * Writes acts: the ctoc:ConferenceAct (once per report) with its kind, adopting body, session and
 * number, the session of a conference that adopted it; the units naming it and the title given.
 */
final class ActWriter {
    private final ReportContext ctx;
    private final Set<Node> written = new HashSet<>();

    ActWriter(ReportContext ctx) {
        this.ctx = ctx;
    }

    /** The unit's mention of the act, and the act itself the first time; {@code title} may be null. */
    void write(ReportContext.ActMention m, String title) {
        ConferenceAct act = m.act();
        if (written.add(act.node())) {
            describe(act);
        }
        ctx.sink.add(ctx.unit(m.block()), Ctoc.mentionsAct, act.node());
        ctx.sink.english(act.node(), FactSink.DCT_TITLE, title);
    }

    private void describe(ConferenceAct act) {
        Node n = act.node();
        ctx.sink.type(n, Ctoc.ConferenceAct);
        ctx.sink.type(n, act.kind().type());
        ctx.sink.add(n, Ctoc.adoptedBy, ctx.iris.body(act.adoptedBy().slug()));
        ctx.sink.integer(n, Ctoc.sessionNumber, act.session());
        ctx.sink.integer(n, Ctoc.actNumber, act.number());
        ctx.sink.string(n, FactSink.SKOS_NOTATION, act.notation());
        ctx.sink.label(n, act.label() + " of the " + act.adoptedBy().name());
        if (act.adoptedBy().isConference()) {
            Node session = ctx.iris.session(act.adoptedBy().slug(), act.session());
            ctx.sink.add(n, Ctoc.atSession, session);
            ctx.sink.type(session, Ctoc.Session);
            ctx.sink.type(session, Ctoc.Meeting);
            ctx.sink.add(session, Ctoc.sessionOf, ctx.iris.body(act.adoptedBy().slug()));
            ctx.sink.add(session, Ctoc.ofBody, ctx.iris.body(act.adoptedBy().slug()));
            ctx.sink.string(session, Ctoc.number, Integer.toString(act.session()));
            ctx.sink.label(session, Ordinals.english(act.session()) + " session of the " + act.adoptedBy().name());
        }
    }
}
