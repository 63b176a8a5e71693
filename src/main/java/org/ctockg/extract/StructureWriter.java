package org.ctockg.extract;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.ctockg.rdf.FactSink;
import org.ctockg.text.Block;
import org.ctockg.text.FootnoteRef;
import org.ctockg.text.Masthead;
import org.ctockg.vocab.Ctoc;

/** Writes the report itself and every text unit: number, whole text, position, heading, paragraph. */
final class StructureWriter implements Recognizer {
    @Override
    public Set<ContextFact> provides() {
        return Set.of(ContextFact.STRUCTURE);
    }

    @Override
    public void recognise(ReportContext ctx) {
        FactSink out = ctx.sink;
        Masthead masthead = Masthead.read(ctx.doc.masthead());
        out.type(ctx.report, Ctoc.Report);
        out.string(ctx.report, Ctoc.sourceFile, ctx.doc.fileName());
        out.string(ctx.report, Ctoc.contentHash, ctx.contentHash);
        out.string(ctx.report, Ctoc.symbol, masthead.symbol());
        out.date(ctx.report, Ctoc.distributionDate, masthead.distributed());
        String title = masthead.title() != null ? masthead.title() : ctx.doc.fileName();
        out.english(ctx.report, FactSink.DCT_TITLE, title);
        out.label(ctx.report, title);
        if (!ctx.doc.masthead().isEmpty()) {
            Node m = mastheadUnit(ctx);
            out.type(m, Ctoc.TextUnit);
            out.add(m, Ctoc.inReport, ctx.report);
            out.string(m, Ctoc.text, masthead.text());
            out.integer(m, Ctoc.position, 0);
            out.label(m, "masthead");
        }
        for (Block b : ctx.doc.blocks()) {
            Node u = ctx.unit(b);
            out.type(u, switch (b.kind()) {
                case HEADING -> Ctoc.Heading;
                case PARAGRAPH -> Ctoc.Paragraph;
                case SUBPARAGRAPH -> Ctoc.Subparagraph;
                case FOOTNOTE -> Ctoc.Footnote;
                case TEXT, TABLE_ROW -> Ctoc.TextUnit;
            });
            out.add(u, Ctoc.inReport, ctx.report);
            if (b.number() != null) {
                out.string(u, Ctoc.number, b.number());
            }
            String text = b.kind() == org.ctockg.text.BlockKind.PARAGRAPH ? b.fullText() : b.text();
            out.string(u, Ctoc.text, text.isEmpty() ? " " : text);
            out.integer(u, Ctoc.position, b.position());
            out.label(u, label(b));
            if (b.heading() != null) {
                out.add(u, Ctoc.underHeading, ctx.unit(b.heading()));
            }
            if (b.paragraph() != null) {
                out.add(u, Ctoc.partOfParagraph, ctx.unit(b.paragraph()));
            }
            for (FootnoteRef ref : b.footnoteRefs()) {
                Block footnote = ctx.doc.footnotes().get(ref.number());
                if (footnote != null) {
                    out.add(ctx.unit(footnote), Ctoc.footnoteOf, u);
                    out.string(ctx.unit(footnote), Ctoc.qualifiedText, qualified(b.text(), ref.offset()));
                }
            }
        }
    }

    /** The words before a footnote marker, back to the previous comma, semicolon, colon or sentence end. */
    static String qualified(String text, int offset) {
        int end = offset;
        while (end > 0 && ",;:. ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && ",;:".indexOf(text.charAt(start - 1)) < 0 && !(text.charAt(start - 1) == '.' && start >= 2 && text.charAt(start - 2) != '.'
                && start < end && Character.isWhitespace(text.charAt(start)))) {
            start--;
        }
        return text.substring(start, end).strip();
    }

    static Node mastheadUnit(ReportContext ctx) {
        return ctx.iris.inReport(ctx.reportId, "masthead");
    }

    private static String label(Block b) {
        return switch (b.kind()) {
            case PARAGRAPH -> "paragraph " + b.number();
            case SUBPARAGRAPH -> "paragraph " + (b.paragraph() == null ? "" : b.paragraph().number()) + " (" + b.number() + ")";
            case FOOTNOTE -> "footnote " + b.number();
            case HEADING -> b.text().length() > 120 ? b.text().substring(0, 117) + "..." : b.text();
            case TEXT, TABLE_ROW -> "text at line " + b.line();
        };
    }
}
