package org.ctockg.extract;

import org.apache.jena.graph.Node;
import org.ctockg.rdf.FactSink;
import org.ctockg.vocab.Ctoc;

/** Writes documents: the ctoc:Document with its symbol and title, the unit naming it, the meeting that had it before it. */
final class DocumentWriter {
    private final ReportContext ctx;

    DocumentWriter(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(DocumentMention d) {
        Node doc = ctx.iris.document(d.symbol());
        ctx.sink.type(doc, Ctoc.Document);
        ctx.sink.string(doc, Ctoc.symbol, d.symbol());
        ctx.sink.label(doc, d.symbol());
        ctx.sink.add(ctx.unit(d.unit()), Ctoc.mentionsDocument, doc);
        if (d.before() != null) {
            ctx.sink.add(d.before().node(), Ctoc.hadBefore, doc);
        }
        ctx.sink.english(doc, FactSink.DCT_TITLE, d.title());
    }
}
