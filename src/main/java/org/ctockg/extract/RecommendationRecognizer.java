package org.ctockg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.ctockg.reference.NameMatch;
import org.ctockg.reference.OrganizationEntry;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.vocab.Ctoc;

/**
 * Recommendations: the paragraphs of a "Recommendations" chapter (but those announcing them), and
 * the subparagraphs of a paragraph that ends "recommended that the Conference consider:". Each
 * knows its addressee when the text starts with it ("UNODC should ...") and the resolution that
 * adopted or endorsed it ("which were amended and endorsed by the Conference in its resolution
 * 8/4"); the articles it names, or its section heading names, count as cited by that resolution.
 */
final class RecommendationRecognizer implements Recognizer {
    private static final Pattern CHAPTER = Pattern.compile("(?i)\\brecommendations\\b");
    private static final Pattern ANNOUNCES = Pattern.compile(
            "(?i)\\b(?:following\\s+(?:conclusions\\s+and\\s+)?recommendations|recommendations,?\\s+which\\s+(?:were|are)|number\\s+of\\s+recommendations|recommendations\\s+(?:are|were)\\s+reproduced)");
    private static final Pattern INTRODUCES_LIST = Pattern.compile("(?i)\\brecommend(?:s|ed|ations?)\\b[^.]*:\\s*$");
    private static final Pattern ADOPTED_IN = Pattern.compile(
            "(?i)\\b(adopted|endorsed|amended\\s+and\\s+endorsed|approved|amended\\s+and\\s+adopted)\\s+by\\s+the\\s+Conference\\s+(?:of\\s+the\\s+[\\p{L} ]+?\\s+)?(?:in|through)\\s+(?:its\\s+)?resolution\\s+(\\d{1,2})\\s*/\\s*(\\d{1,3})");
    private static final Pattern AGENT_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|by|through|under|pursuant\\s+to|in\\s+accordance\\s+with)\\s+(?:its\\s+|their\\s+|the\\s+|that\\s+)?(?:Conference\\s+)?resolutions?\\s+(?:[\\d/,\\s]+(?:and|or)\\s+)?$");
    private static final Pattern WHICH_AFTER = Pattern.compile("(?i)^(?:\\s*,?\\s*(?:of|adopted\\s+by)\\s+the\\s+[^,;]{0,160})?"
            + "(?:\\s*,?\\s*entitled\\s+[\u201c\"][^\u201d\"]{0,300}[\u201d\"])?\\s*,\\s*(?:(?:in|by|through|under)\\s+)?which\\b");
    private static final Pattern ADDRESSEE = Pattern.compile("^(.{2,80}?)\\s+(?:should|shall|is\\s+requested|are\\s+requested|is\\s+encouraged|are\\s+encouraged)\\b");

    /** A resolution that adopted or endorsed the recommendations that follow in a chapter. */
    private record Adoption(ConferenceAct act, Node how) {
    }

    @Override
    public void recognise(ReportContext ctx) {
        Block chapter = null;
        boolean recommendationsChapter = false;
        Adoption adoption = null;
        for (Block b : ctx.doc.blocks()) {
            if (b.kind() == BlockKind.HEADING && b.level() == 1) {
                chapter = b;
                recommendationsChapter = CHAPTER.matcher(b.text()).find();
                adoption = null;
                continue;
            }
            if (b.kind() == BlockKind.HEADING || b.kind() == BlockKind.FOOTNOTE || b.kind() == BlockKind.TABLE_ROW) {
                continue;
            }
            if (b.kind() == BlockKind.PARAGRAPH && (ANNOUNCES.matcher(b.text()).find() || INTRODUCES_LIST.matcher(b.text()).find())) {
                Adoption found = adoption(ctx, b);
                if (found != null) {
                    adoption = found;
                }
                continue;
            }
            boolean listed = b.kind() == BlockKind.SUBPARAGRAPH && b.paragraph() != null
                    && (INTRODUCES_LIST.matcher(b.paragraph().text()).find() || ANNOUNCES.matcher(b.paragraph().text()).find());
            if (recommendationsChapter || listed) {
                write(ctx, b, listed ? adoption(ctx, b.paragraph()) != null ? adoption(ctx, b.paragraph()) : adoption : adoption);
            }
        }
        directCitations(ctx);
    }

    private static Adoption adoption(ReportContext ctx, Block announcing) {
        Matcher m = ADOPTED_IN.matcher(announcing.text());
        if (!m.find()) {
            return null;
        }
        int at = m.start(2);
        for (ReportContext.ActMention a : ctx.acts) {
            if (a.block() == announcing && a.start() == at) {
                Node how = m.group(1).toLowerCase().contains("endorsed") ? Ctoc.endorsedIn : Ctoc.adoptedIn;
                return new Adoption(a.act(), how);
            }
        }
        return null;
    }

    private static void write(ReportContext ctx, Block b, Adoption adoption) {
        Node unit = ctx.unit(b);
        String path = switch (b.kind()) {
            case PARAGRAPH -> "recommendation/" + b.number();
            case SUBPARAGRAPH -> "recommendation/" + (b.paragraph() == null ? "b" + b.position() : b.paragraph().number() + "/" + b.number());
            default -> "recommendation/b" + b.position();
        };
        Node rec = ctx.iris.inReport(ctx.reportId, path);
        ctx.sink.type(rec, Ctoc.Recommendation);
        ctx.sink.string(rec, Ctoc.text, b.text());
        ctx.sink.evidence(rec, unit);
        ctx.sink.label(rec, "recommendation " + path.substring("recommendation/".length()));
        if (b.heading() != null) {
            ctx.sink.add(rec, Ctoc.underHeading, ctx.unit(b.heading()));
        }
        ctx.meetingFor(b).ifPresent(m -> ctx.sink.add(rec, Ctoc.formulatedAt, m.node()));
        addressee(ctx, b.text()).ifPresent(a -> ctx.sink.add(rec, Ctoc.addressee, a));
        Set<ReportContext.ArticleMention> cited = new LinkedHashSet<>();
        for (ReportContext.ArticleMention a : ctx.articles) {
            boolean inHeading = b.headings().contains(a.block()) && a.block().level() > 1;
            if (a.block() == b || inHeading) {
                cited.add(a);
                ctx.sink.add(rec, Ctoc.mentionsArticle, a.node());
            }
        }
        if (adoption == null) {
            return;
        }
        ctx.sink.add(rec, adoption.how(), adoption.act().node());
        for (ReportContext.ArticleMention a : cited) {
            citation(ctx, adoption.act(), a, rec, b);
        }
    }

    private static java.util.Optional<Node> addressee(ReportContext ctx, String text) {
        Matcher m = ADDRESSEE.matcher(text);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        List<NameMatch<OrganizationEntry>> orgs = ctx.reference.organizations().gazetteer().findAll(m.group(1));
        if (!orgs.isEmpty()) {
            return java.util.Optional.of(ctx.iris.organization(orgs.get(0).entity().slug()));
        }
        return ctx.reference.bodies().gazetteer().findAll(m.group(1)).stream().findFirst().map(x -> ctx.iris.body(x.entity().slug()));
    }

    /** "In its resolution 5/8 the Conference encouraged ... article 14": a resolution and an article in one sentence. */
    private static void directCitations(ReportContext ctx) {
        for (ReportContext.ActMention act : ctx.acts) {
            if (!act.act().kind().equals("resolution") || !act.act().adoptedBy().isConference()) {
                continue;
            }
            for (org.ctockg.text.Sentences.Sentence s : org.ctockg.text.Sentences.split(act.block().text())) {
                if (act.start() < s.start() || act.end() > s.end() || !actsOnArticles(s.text(), act.start() - s.start(), act.end() - s.start())) {
                    continue;
                }
                List<ReportContext.ArticleMention> together = new ArrayList<>();
                for (ReportContext.ArticleMention a : ctx.articles) {
                    if (a.block() == act.block() && a.start() >= s.start() && a.end() <= s.end()) {
                        together.add(a);
                    }
                }
                for (ReportContext.ArticleMention a : together) {
                    citation(ctx, act.act(), a, null, act.block());
                }
            }
        }
    }

    /**
     * Whether the sentence says the resolution acts ("in its resolution 5/8 the Conference
     * encouraged ...", "resolution 7/2, which ..."), rather than naming it beside another basis
     * ("took note of resolution 4/2 and of the work under article 18").
     */
    private static boolean actsOnArticles(String sentence, int actStart, int actEnd) {
        return AGENT_BEFORE.matcher(sentence.substring(Math.max(0, actStart - 80), actStart)).find()
                || WHICH_AFTER.matcher(sentence.substring(actEnd)).lookingAt();
    }

    static void citation(ReportContext ctx, ConferenceAct act, ReportContext.ArticleMention article, Node via, Block evidence) {
        String articlePath = article.instrument() + "-" + article.article() + (article.paragraph() == null ? "" : "-" + article.paragraph());
        // one citation per paragraph it was read from, so each keeps its own evidence
        Node c = ctx.iris.inReport(ctx.reportId, "citation/" + act.kind() + "-" + act.session() + "-" + act.number() + "/" + articlePath
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
