package org.ctockg.extract;

import org.apache.jena.graph.Node;
import org.ctockg.text.Block;
import org.ctockg.vocab.Ctoc;

/**
 * Writes that a resolution cites an article: one ctoc:ArticleCitation per act, article and
 * paragraph it was read from (so each keeps its own evidence), through a recommendation the
 * resolution adopted or directly, and the direct link ctoc:citesArticle.
 */
final class CitationWriter {
    private CitationWriter() {
    }

    static void write(ReportContext ctx, ConferenceAct act, ReportContext.ArticleMention article, Node via, Block evidence) {
        String articlePath = article.instrument() + "-" + article.article() + (article.paragraph() == null ? "" : "-" + article.paragraph());
        Node c = ctx.iris.inReport(ctx.reportId, "citation/" + act.kind().word() + "-" + act.session() + "-" + act.number() + "/" + articlePath
                + "/" + ctx.unitPath(evidence));
        ctx.sink.type(c, Ctoc.ArticleCitation);
        ctx.sink.add(c, Ctoc.citingAct, act.node());
        ctx.sink.add(c, Ctoc.citedArticle, article.node());
        if (via != null) {
            ctx.sink.add(c, Ctoc.viaRecommendation, via);
        }
        ctx.sink.evidence(c, ctx.unit(evidence));
        ctx.sink.label(c, act.label() + " cites article " + article.article()
                + (article.paragraph() == null ? "" : ", paragraph " + article.paragraph()));
        ctx.sink.add(act.node(), Ctoc.citesArticle, article.node());
    }
}
