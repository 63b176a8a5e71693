package org.ctockg.extract;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.vocab.Ctoc;

/**
 * Writes recommendations: the ctoc:Recommendation with its text, units, meeting, addressees and
 * adopting resolution, the articles it names (or its section heading names), and through the
 * adopting resolution the citations of those articles.
 */
final class RecommendationWriter {
    private final ReportContext ctx;

    RecommendationWriter(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(Recommendation r) {
        Block b = r.unit();
        String path = b.kind() == BlockKind.SUBPARAGRAPH && b.paragraph() != null
                ? b.paragraph().number() + "/" + b.number() : b.kind() == BlockKind.PARAGRAPH ? b.number() : "b" + b.position();
        Node rec = ctx.iris.inReport(ctx.reportId, "recommendation/" + path);
        ctx.sink.type(rec, Ctoc.Recommendation);
        ctx.sink.string(rec, Ctoc.text, r.text());
        ctx.sink.string(rec, Ctoc.number, r.printed());
        for (Block part : r.parts()) {
            ctx.sink.evidence(rec, ctx.unit(part));
        }
        ctx.sink.label(rec, "recommendation " + r.printed());
        if (b.heading() != null) {
            ctx.sink.add(rec, Ctoc.underHeading, ctx.unit(b.heading()));
        }
        ctx.meetingFor(b).ifPresent(m -> ctx.sink.add(rec, Ctoc.formulatedAt, m.node()));
        for (Addressee a : r.addressees()) {
            ctx.sink.add(rec, Ctoc.addresseeKind, a.concept());
            agent(a).ifPresent(n -> ctx.sink.add(rec, Ctoc.addressee, n));
        }
        Set<ReportContext.ArticleMention> cited = new LinkedHashSet<>();
        for (ReportContext.ArticleMention a : ctx.articles) {
            boolean inHeading = b.headings().contains(a.block()) && a.block().level() > 1;
            if (r.parts().contains(a.block()) || inHeading) {
                cited.add(a);
                ctx.sink.add(rec, Ctoc.mentionsArticle, a.node());
            }
        }
        if (r.adoption() == null) {
            return;
        }
        ctx.sink.add(rec, r.adoption().how(), r.adoption().act().node());
        for (ReportContext.ArticleMention a : cited) {
            CitationWriter.write(ctx, r.adoption().act(), a, rec, b);
        }
    }

    /** The organization or body behind an addressee, when it is one: the Office for the Secretariat, the report's conference. */
    private java.util.Optional<Node> agent(Addressee a) {
        return switch (a) {
            case SECRETARIAT -> ctx.reference.organizations().gazetteer().lookup("UNODC").map(o -> ctx.iris.organization(o.slug()));
            case CONFERENCE -> ctx.defaultConference().map(c -> ctx.iris.body(c.slug()));
            default -> java.util.Optional.empty();
        };
    }
}
