package org.ctockg.extract;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.ctockg.rdf.FactSink;
import org.ctockg.vocab.Ctoc;

/**
 * Writes agenda items: one ctoc:AgendaItem per meeting and number, its title from the most
 * reliable passage that gives one (entries arrive best first), evidence from every passage that
 * names it, a sub-item linked to its item.
 */
final class AgendaWriter {
    private final ReportContext ctx;
    private final Set<Node> titled = new HashSet<>();

    AgendaWriter(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(AgendaEntry e) {
        Node item = itemNode(ctx, e.meeting(), e.number());
        if (e.title() != null && !e.title().isEmpty() && titled.add(item)) {
            ctx.sink.english(item, FactSink.DCT_TITLE, e.title());
        }
        ctx.sink.evidence(item, ctx.unit(e.from()));
        if (e.isSubItem()) {
            ctx.sink.add(itemNode(ctx, e.meeting(), e.number().substring(0, e.number().indexOf(' '))), Ctoc.subItem, item);
        }
    }

    /** The agenda item of that number ("2", "1 (b)") of a meeting, declared on first use. */
    static Node itemNode(ReportContext ctx, ReportContext.Meeting meeting, String printed) {
        String number = AgendaEntry.number(printed);
        Node item = ctx.iris.inReport(ctx.reportId, "agenda/" + meeting.body().slug() + "/" + number.replaceAll("[\\s()]+", ""));
        ctx.sink.type(item, Ctoc.AgendaItem);
        ctx.sink.string(item, Ctoc.number, number);
        ctx.sink.label(item, "item " + number + " of the agenda of the " + meeting.body().name());
        ctx.sink.add(meeting.node(), Ctoc.agendaItem, item);
        return item;
    }
}
