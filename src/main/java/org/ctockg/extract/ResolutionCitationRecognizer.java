package org.ctockg.extract;

import java.util.Set;
import java.util.regex.Pattern;

import org.ctockg.text.Sentences;

/**
 * A resolution of a conference that acts on an article: "in its resolution 5/8 the Conference
 * had encouraged States parties to dispose of confiscated proceeds ... in accordance with the
 * provisions of article 14". The resolution must be the one acting ("in its resolution", "by
 * resolution 5/8, the Conference requested", "resolution 9/1, which recalled"); a sentence that names a resolution and an article
 * as two bases of something else ("pursuant to resolution 7/1 ... and in compliance with article
 * 32") is not a citation.
 */
final class ResolutionCitationRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.ACTS, ContextFact.ARTICLES);
    }

    /** Just before the act: "in its", "by its", "through its", "In resolution". */
    private static final Pattern ACTING = Pattern.compile("(?i)\\b(?:in|by|through|with)\\s+(?:its\\s+)?$");
    private static final Pattern ACTS_AFTER = Pattern.compile(
            "(?i)^[^.;]{0,200}?\\b(?:the\\s+Conference|it)\\s+(?:had\\s+|has\\s+|also\\s+)?(?:\\w+ed|decided|urged|called\\s+upon)\\b");
    /** "resolution 9/1, entitled “...”, which recalled ...", "resolution 5/8, in which the Conference encouraged". */
    private static final Pattern WHICH_ACTS = Pattern.compile(
            "(?i)^\\s*(?:,\\s*entitled\\s+[\u201c\"][^\u201d\"]{0,300}[\u201d\"])?\\s*,?\\s*(?:which|in\\s+which|by\\s+which|whereby)\\s+(?:the\\s+Conference\\s+|it\\s+)?(?:had\\s+|has\\s+|also\\s+)?(?:\\w+ed|decided|urged|called\\s+upon)\\b");
    private static final Pattern SEPARATE_BASIS = Pattern.compile(
            "(?i)\\b(?:and|as\\s+well\\s+as|or)\\s+(?:in\\s+compliance\\s+with|in\\s+accordance\\s+with|pursuant\\s+to|in\\s+line\\s+with|under|with\\s+reference\\s+to)\\b");

    @Override
    public void recognise(ReportContext ctx) {
        for (ReportContext.ActMention act : ctx.acts) {
            if (act.act().kind() != ActKind.RESOLUTION || !act.act().adoptedBy().isConference()) {
                continue;
            }
            String text = act.block().text();
            String before = text.substring(Math.max(0, act.start() - 30), act.start()).replaceFirst("(?i)resolutions?\\s*$", "");
            String after = text.substring(act.end());
            boolean acting = ACTING.matcher(before).find() && ACTS_AFTER.matcher(after).find() || WHICH_ACTS.matcher(after).find();
            if (!acting) {
                continue;
            }
            for (Sentences.Sentence s : act.block().sentences()) {
                if (act.start() < s.start() || act.end() > s.end()) {
                    continue;
                }
                for (ReportContext.ArticleMention a : ctx.articles) {
                    if (a.block() == act.block() && a.start() >= act.end() && a.end() <= s.end()
                            && !SEPARATE_BASIS.matcher(text.substring(act.end(), a.start())).find()) {
                        CitationWriter.write(ctx, act.act(), a, null, act.block());
                    }
                }
            }
        }
    }
}
