package org.ctockg.extract;

import org.apache.jena.graph.Node;
import org.ctockg.vocab.Ctoc;

/** Writes mandates: the ctoc:Mandate with its body, act, kind and evidence, and the body's shortcut to the act. */
final class MandateWriter {
    private final ReportContext ctx;

    MandateWriter(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(Mandate m) {
        ConferenceAct a = m.act();
        Node n = ctx.iris.inReport(ctx.reportId, "mandate/" + m.body().slug() + "/" + m.kind().slug() + "/"
                + a.kind().word() + "-" + a.session() + "-" + a.number());
        Node body = ctx.iris.body(m.body().slug());
        ctx.sink.type(n, Ctoc.Mandate);
        ctx.sink.add(n, Ctoc.mandatedBody, body);
        ctx.sink.add(n, Ctoc.mandatingAct, a.node());
        ctx.sink.add(n, Ctoc.mandateKind, m.kind().concept());
        ctx.sink.evidence(n, ctx.unit(m.unit()));
        ctx.sink.label(n, m.body().name() + m.kind().labelVerb() + a.label());
        ctx.sink.add(body, m.kind().bodyProperty(), a.node());
    }
}
