package org.ctockg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.ctockg.rdf.FactSink;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.vocab.Ctoc;

/** The agenda a meeting adopted ("adopted the following agenda: 1. Organizational matters ..."): item numbers and titles. */
final class AgendaRecognizer implements Recognizer {
    private static final Pattern ADOPTED_AGENDA = Pattern.compile("(?i)\\badopted\\s+the\\s+following\\s+(?:provisional\\s+)?agenda");
    private static final Pattern ITEM = Pattern.compile("(?m)^\\s*(\\d{1,2})\\.\\s+(\\S.*?)\\s*$");

    @Override
    public void recognise(ReportContext ctx) {
        for (Block b : ctx.doc.blocks()) {
            if (b.kind() != BlockKind.PARAGRAPH || !ADOPTED_AGENDA.matcher(b.text()).find()) {
                continue;
            }
            ReportContext.Meeting meeting = ctx.meetingFor(b).orElse(null);
            if (meeting == null) {
                continue;
            }
            String list = b.fullText();
            int colon = list.indexOf(':');
            Matcher m = ITEM.matcher(colon >= 0 ? list.substring(colon + 1) : list);
            while (m.find()) {
                Node item = itemNode(ctx, meeting, m.group(1));
                ctx.sink.english(item, FactSink.DCT_TITLE, m.group(2).replaceAll("[.;:]$", ""));
                ctx.sink.evidence(item, ctx.unit(b));
            }
        }
    }

    /** The agenda item of that number of a meeting, declared on first use. */
    static Node itemNode(ReportContext ctx, ReportContext.Meeting meeting, String number) {
        Node item = ctx.iris.inReport(ctx.reportId, "agenda/" + meeting.body().slug() + "/" + number);
        ctx.sink.type(item, Ctoc.AgendaItem);
        ctx.sink.string(item, Ctoc.number, number);
        ctx.sink.label(item, "item " + number + " of the agenda of the " + meeting.body().name());
        ctx.sink.add(meeting.node(), Ctoc.agendaItem, item);
        return item;
    }
}
