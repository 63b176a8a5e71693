package org.ctockg.extract;

import org.apache.jena.graph.Node;
import org.ctockg.reference.InstrumentEntry;
import org.ctockg.vocab.Ctoc;

/** Writes articles cited: the ctoc:Article of its instrument, the ctoc:ArticleParagraph named, the unit's mention. */
final class ArticleWriter {
    private final ReportContext ctx;

    ArticleWriter(ReportContext ctx) {
        this.ctx = ctx;
    }

    /** Writes the article (and paragraph) the reference names; returns the node cited, the paragraph's when one is named. */
    Node write(ArticleReference r) {
        String code = r.instrument().code();
        Node article = ctx.iris.article(code, r.article());
        ctx.sink.type(article, Ctoc.Article);
        ctx.sink.add(article, Ctoc.articleOf, ctx.iris.instrument(code));
        ctx.sink.string(article, Ctoc.number, r.article());
        Node cited = article;
        if (r.paragraph() != null) {
            cited = ctx.iris.articleParagraph(code, r.article(), r.paragraph());
            ctx.sink.type(cited, Ctoc.ArticleParagraph);
            ctx.sink.add(cited, Ctoc.paragraphOf, article);
            ctx.sink.string(cited, Ctoc.number, r.paragraph());
            ctx.sink.label(cited, "paragraph " + r.paragraph() + " of article " + r.article() + " of the " + shortName(r.instrument()));
        }
        ctx.sink.add(ctx.unit(r.unit()), Ctoc.mentionsArticle, cited);
        return cited;
    }

    private static String shortName(InstrumentEntry i) {
        return i.variants().isEmpty() ? i.name() : i.variants().get(0);
    }
}
