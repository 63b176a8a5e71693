package org.ctockg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.reference.BodyEntry;
import org.ctockg.reference.NameMatch;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.text.Sentences;

/**
 * Which act established a body and which made it a constant element of its conference:
 * "X was established pursuant to decision 2/6", "established pursuant to that decision",
 * "In its decision 2/2, the Conference decided to establish an open-ended working group ...",
 * "In its decision 4/3, the Conference decided that the Working Group should be a constant element".
 * A body described rather than named is the one the section or report is about. Each is a
 * {@link Mandate}, written by {@link MandateWriter}.
 */
final class MandateRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.ACTS, ContextFact.MEETINGS);
    }

    private static final Pattern ESTABLISHED_BY = Pattern.compile(
            "(?i)\\bestablished\\s+(?:pursuant\\s+to|by|in\\s+accordance\\s+with|under|in|through)\\s+(?:the\\s+Conference\\b[^.;]{0,160}?\\s+in\\s+)?(?:its\\s+)?(?:Conference\\s+)?(?:(?:decision|resolution)\\s+\\d|that\\s+(?:decision|resolution))");
    private static final Pattern DECIDED_TO_ESTABLISH = Pattern.compile(
            "(?i)\\b(?:decided\\s+to\\s+(?:establish|constitute|convene|create|set\\s+up)|agreed\\s+to\\s+establish)\\b"
                    + "|\\b(?:Conference|it)\\s+(?:also\\s+)?established\\s+(?:the|an|a)\\b");
    private static final Pattern CONSTANT_ELEMENT = Pattern.compile("(?i)\\bconstant\\s+element\\b");
    private static final Pattern IN_ITS_ACT = Pattern.compile("(?i)\\b(?:in|by)\\s+its\\s+(?:decision|resolution)\\s+\\d");

    @Override
    public void recognise(ReportContext ctx) {
        MandateWriter writer = new MandateWriter(ctx);
        for (Block b : ctx.doc.blocks()) {
            if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.TEXT && b.kind() != BlockKind.SUBPARAGRAPH) {
                continue;
            }
            List<ReportContext.ActMention> acts = ctx.acts.stream().filter(a -> a.block() == b).toList();
            if (acts.isEmpty()) {
                continue;
            }
            ReportContext.ActMention previous = null;
            for (Sentences.Sentence s : b.sentences()) {
                List<ReportContext.ActMention> here = acts.stream().filter(a -> a.start() >= s.start() && a.end() <= s.end()).toList();
                String text = s.text();
                Matcher est = ESTABLISHED_BY.matcher(text);
                if (est.find()) {
                    ReportContext.ActMention act = here.stream().filter(a -> a.start() - s.start() >= est.start()).findFirst()
                            .orElse(text.substring(est.start(), est.end()).matches("(?is).*that\\s+(?:decision|resolution)") ? previous : null);
                    if (act != null) {
                        bodyBefore(ctx, b, text, est.start()).ifPresent(body -> writer.write(new Mandate(b, body, act.act(), MandateKind.ESTABLISHED)));
                    }
                }
                // each "in its decision 4/3, ..." speaks up to the next act the sentence names
                Matcher inIts = IN_ITS_ACT.matcher(text);
                while (inIts.find()) {
                    int phrase = s.start() + inIts.start();
                    Optional<ReportContext.ActMention> named = here.stream().filter(a -> a.start() >= phrase).findFirst();
                    if (named.isEmpty()) {
                        continue;
                    }
                    ReportContext.ActMention act = named.get();
                    int clauseEnd = here.stream().filter(a -> a.start() > act.start()).mapToInt(a -> a.start() - s.start())
                            .findFirst().orElse(text.length());
                    int actEnd = act.end() - s.start();
                    if (actEnd > clauseEnd) {
                        continue;
                    }
                    String clause = text.substring(0, clauseEnd);
                    String afterAct = clause.substring(actEnd);
                    Matcher decided = DECIDED_TO_ESTABLISH.matcher(afterAct);
                    if (decided.find()) {
                        bodyAfter(ctx, b, clause, actEnd + decided.end()).ifPresent(body -> writer.write(new Mandate(b, body, act.act(), MandateKind.ESTABLISHED)));
                    }
                    if (CONSTANT_ELEMENT.matcher(afterAct).find()) {
                        bodyAfter(ctx, b, clause, actEnd).ifPresent(body -> writer.write(new Mandate(b, body, act.act(), MandateKind.CONSTANT_ELEMENT)));
                    }
                }
                if (!here.isEmpty()) {
                    previous = here.get(here.size() - 1);
                }
            }
        }
    }

    /** The body named before the verb, else the one the passage is about when the text says "the Working Group". */
    private static Optional<BodyEntry> bodyBefore(ReportContext ctx, Block b, String sentence, int at) {
        List<NameMatch<BodyEntry>> named = ctx.reference.bodies().gazetteer().findAll(sentence.substring(0, at));
        for (int i = named.size() - 1; i >= 0; i--) {
            if (isSubsidiary(named.get(i).entity())) {
                return Optional.of(named.get(i).entity());
            }
        }
        return sentence.substring(0, at).matches("(?is).*\\b(?:working\\s+group|group|committee|meeting|mechanism)\\b.*")
                ? contextBody(ctx, b) : Optional.empty();
    }

    private static Optional<BodyEntry> bodyAfter(ReportContext ctx, Block b, String sentence, int at) {
        String rest = sentence.substring(at);
        for (NameMatch<BodyEntry> m : ctx.reference.bodies().gazetteer().findAll(rest)) {
            if (isSubsidiary(m.entity())) {
                return Optional.of(m.entity());
            }
        }
        return rest.matches("(?is).*\\b(?:working\\s+group|group|committee|meeting|mechanism)\\b.*") ? contextBody(ctx, b) : Optional.empty();
    }

    /** The body the section's heading names, else the body of the report's meeting. */
    private static Optional<BodyEntry> contextBody(ReportContext ctx, Block b) {
        return ctx.meetingFor(b).map(ReportContext.Meeting::body).filter(MandateRecognizer::isSubsidiary);
    }

    /** A body of a conference (a working group, an expert meeting), as opposed to a conference or the General Assembly. */
    static boolean isSubsidiary(BodyEntry body) {
        return !body.isConference() && body.conferenceSlug() != null && !body.conferenceSlug().isEmpty();
    }
}
