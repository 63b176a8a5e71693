package org.ctockg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.vocab.Ctoc;

/**
 * Recommendations: the paragraphs of a "Recommendations" chapter (but those announcing them), the
 * lettered items of a list whose lead-in says they are recommendations ("recommended that the
 * Conference consider:", "made the following recommendations:"), and a paragraph in which the
 * meeting itself recommends. A lettered item stands whole, its (i), (ii) inside it. Under a
 * lead-in or chapter of "conclusions and recommendations" only what recommends is one; a finding
 * ("the Working Group noted", "no consensus was reached") never is. Each knows its addressees
 * ({@link Addressee}; an item addressed by nobody takes its lead-in's) and the resolution that
 * adopted or endorsed it ("which were amended and endorsed by the Conference in its resolution 8/4").
 */
final class RecommendationRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.MEETINGS, ContextFact.CONFERENCE, ContextFact.ACTS, ContextFact.ARTICLES);
    }

    /** "II. Recommendations", "Conclusions and recommendations", "Recommendations of the Working Group"; not "Status of the recommendations". */
    private static final Pattern CHAPTER = Pattern.compile(
            "(?i)^(?:[IVXL]{1,6}\\.\\s+)?(?:(?:conclusions|findings|summary\\s+of\\s+(?:the\\s+)?deliberations)\\s+and\\s+)?recommendations\\b");
    private static final Pattern CONCLUSIONS = Pattern.compile("(?i)\\bconclusions?\\b");
    private static final Pattern ANNOUNCES = Pattern.compile(
            "(?i)\\b(?:following\\s+(?:conclusions\\s+and\\s+)?recommendations|recommendations,?\\s+which\\s+(?:were|are)|number\\s+of\\s+recommendations|recommendations\\s+(?:are|were)\\s+reproduced)");
    private static final Pattern INTRODUCES_LIST = Pattern.compile("(?i)\\brecommend(?:s|ed|ations?)\\b[^.]*:\\s*$");
    /** "The Working Group recommended that ...": the meeting itself recommends, not some speakers. */
    private static final Pattern MEETING_RECOMMENDS = Pattern.compile(
            "(?i)\\bthe\\s+(?:Working\\s+Groups?|Group|Meeting|Conference|Committee)\\s+(?:also\\s+|further\\s+)?recommend(?:s|ed)?\\b");
    private static final Pattern RECOMMENDS = Pattern.compile(
            "(?i)\\brecommend\\w*|\\bshould\\b|\\b(?:requests?|requested|invites?|invited|encourages?|encouraged|urges?|urged|calls?\\s+upon|called\\s+upon|requires?)\\b");
    private static final Pattern FINDING = Pattern.compile(
            "(?i)\\b(?:noted|took\\s+note|no\\s+consensus|was\\s+of\\s+the\\s+view|welcomed|acknowledged|recognized|expressed\\s+(?:its\\s+)?appreciation)\\b");
    private static final Pattern ADOPTED_IN = Pattern.compile(
            "(?i)\\b(adopted|endorsed|amended\\s+and\\s+endorsed|approved|amended\\s+and\\s+adopted)\\s+by\\s+the\\s+Conference\\s+(?:of\\s+the\\s+[\\p{L} ]+?\\s+)?(?:in|through)\\s+(?:its\\s+)?resolution\\s+(\\d{1,2})\\s*/\\s*(\\d{1,3})");

    @Override
    public void recognise(ReportContext ctx) {
        RecommendationWriter writer = new RecommendationWriter(ctx);
        for (Recommendation r : find(ctx)) {
            writer.write(r);
        }
    }

    static List<Recommendation> find(ReportContext ctx) {
        List<Recommendation> out = new ArrayList<>();
        boolean inChapter = false;
        boolean chapterOfConclusions = false;
        Recommendation.Adoption adoption = null;
        for (Block b : ctx.doc.blocks()) {
            if (b.kind() == BlockKind.HEADING && b.level() == 1) {
                inChapter = CHAPTER.matcher(b.text()).find();
                chapterOfConclusions = inChapter && CONCLUSIONS.matcher(b.text()).find();
                adoption = null;
                continue;
            }
            if (b.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            String text = b.text();
            Recommendation.Adoption own = adoption(ctx, b);
            boolean announces = ANNOUNCES.matcher(text).find();
            if (inChapter && announces && own != null) {
                adoption = own;
            }
            List<List<Block>> items = items(b);
            boolean leadIn = !items.isEmpty() && text.strip().endsWith(":");
            if (leadIn) {
                if (inChapter || announces || INTRODUCES_LIST.matcher(text).find()) {
                    boolean onlyWhatRecommends = chapterOfConclusions || CONCLUSIONS.matcher(text).find();
                    List<Addressee> leadAddressees = Addressee.statedIn(text);
                    Recommendation.Adoption by = own != null ? own : inChapter ? adoption : null;
                    for (List<Block> item : items) {
                        String itemText = joined(item);
                        if (onlyWhatRecommends && !RECOMMENDS.matcher(itemText).find() || isFinding(itemText)) {
                            continue;
                        }
                        List<Addressee> to = Addressee.statedIn(itemText);
                        Block unit = item.get(0);
                        out.add(new Recommendation(unit, item, b.number() + " (" + unit.number() + ")", to.isEmpty() ? leadAddressees : to, by));
                    }
                }
                continue;
            }
            if (announces) {
                continue;
            }
            boolean recommends = inChapter ? !(chapterOfConclusions && !RECOMMENDS.matcher(text).find())
                    : MEETING_RECOMMENDS.matcher(text).find();
            if (recommends) {
                List<Block> parts = new ArrayList<>();
                parts.add(b);
                parts.addAll(b.parts());
                String whole = joined(parts);
                if (!isFinding(whole)) {
                    out.add(new Recommendation(b, parts, b.number(), Addressee.statedIn(whole), inChapter ? adoption : own));
                }
            }
        }
        return out;
    }

    /** A finding or conclusion: it notes, welcomes or reports, and asks nobody anything. */
    private static boolean isFinding(String text) {
        return FINDING.matcher(text).find() && !RECOMMENDS.matcher(text).find();
    }

    /**
     * The lettered items of a paragraph, each with its roman items ("(f) ... (i) ... (ii) ...") and
     * the text that continues it; "(i)" after "(h)" is the ninth letter.
     */
    static List<List<Block>> items(Block paragraph) {
        List<List<Block>> items = new ArrayList<>();
        char last = 0;
        for (Block part : paragraph.parts()) {
            if (part.kind() != BlockKind.SUBPARAGRAPH) {
                if (!items.isEmpty()) {
                    items.get(items.size() - 1).add(part);
                }
                continue;
            }
            String n = part.number();
            boolean nextLetter = n.length() == 1 && (last == 0 ? n.charAt(0) == 'a' : n.charAt(0) == last + 1);
            boolean roman = n.matches("[ivxl]+") && !nextLetter;
            if (roman && !items.isEmpty()) {
                items.get(items.size() - 1).add(part);
            } else {
                List<Block> item = new ArrayList<>();
                item.add(part);
                items.add(item);
                last = n.charAt(n.length() - 1);
            }
        }
        return items;
    }

    private static String joined(List<Block> parts) {
        StringBuilder b = new StringBuilder();
        for (Block p : parts) {
            b.append(p.text()).append('\n');
        }
        return b.toString();
    }

    private static Recommendation.Adoption adoption(ReportContext ctx, Block announcing) {
        if (!announcing.text().contains("resolution")) {
            return null;
        }
        Matcher m = ADOPTED_IN.matcher(announcing.text());
        if (!m.find()) {
            return null;
        }
        int at = m.start(2);
        for (ReportContext.ActMention a : ctx.acts) {
            if (a.block() == announcing && a.start() == at) {
                Node how = m.group(1).toLowerCase(java.util.Locale.ROOT).contains("endorsed") ? Ctoc.endorsedIn : Ctoc.adoptedIn;
                return new Recommendation.Adoption(a.act(), how);
            }
        }
        return null;
    }
}
