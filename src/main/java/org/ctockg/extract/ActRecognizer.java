package org.ctockg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.reference.BodyEntry;
import org.ctockg.reference.NameMatch;
import org.ctockg.text.Block;
import org.ctockg.text.Sentences;
import org.ctockg.text.Sentences.Sentence;

/**
 * Decisions and resolutions named anywhere ("decision 2/6", "decisions 2/6 and 4/3",
 * "resolution 7/1, entitled “...”"), each given to the body that adopted it: the one the text
 * names next to it ("of the Conference of the States Parties ...", "General Assembly resolution",
 * "In its resolution 3/1, the Conference ..."), else the General Assembly for its session
 * numbers, else the report's own conference. Each is an {@link ReportContext.ActMention}, left in
 * the context for later recognisers and written by {@link ActWriter}.
 */
final class ActRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> provides() {
        return Set.of(ContextFact.ACTS);
    }

    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.CONFERENCE);
    }

    private static final String PAIR = "\\d{1,4}\\s*/\\s*\\d{1,3}";
    private static final Pattern ACTS = Pattern.compile(
            "\\b(?i:(decision|resolution))(s?)\\s+(" + PAIR + "(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+)" + PAIR + ")*)");
    private static final Pattern ONE = Pattern.compile("(\\d{1,4})\\s*/\\s*(\\d{1,3})");
    private static final Pattern ENTITLED = Pattern.compile("^\\s*,?\\s*entitled\\s+[\u201c\"]([^\u201d\"]{3,500})[\u201d\"]\\s*");
    private static final Pattern OF_BODY = Pattern.compile("^\\s*,?\\s*(?:of|adopted by|by)\\s+(?:the\\s+)?");
    private static final Pattern SUBJECT = Pattern.compile("^\\s*,?\\s*(?:the\\s+)?");
    private static final Pattern IN_ITS = Pattern.compile("(?i)\\b(?:in|by|under|through)\\s+(?:its|their)\\s*$");
    private static final Pattern BARE_ADOPTER_AFTER = Pattern.compile("^(Conference|General Assembly|Assembly|Economic and Social Council|Council|Commission)\\b");
    private static final Pattern BARE_ADOPTER_BEFORE = Pattern.compile(
            "(Conference|General Assembly|Assembly|Economic and Social Council|Council|Commission)(?:'s)?\\s+(?:in\\s+its\\s+)?$");

    @Override
    public void recognise(ReportContext ctx) {
        ActWriter writer = new ActWriter(ctx);
        for (Block b : ctx.doc.blocks()) {
            String text = b.text();
            if (text.indexOf('/') < 0) {
                continue;
            }
            for (Sentence s : b.sentences()) {
                Matcher m = ACTS.matcher(s.text());
                while (m.find()) {
                    ActKind kind = ActKind.named(m.group(1));
                    int listEnd = m.end();
                    Matcher one = ONE.matcher(m.group(3));
                    while (one.find()) {
                        int session = Integer.parseInt(one.group(1));
                        int number = Integer.parseInt(one.group(2));
                        Optional<BodyEntry> adopter = adopter(ctx, s.text(), m.start(), listEnd, session);
                        if (adopter.isEmpty()) {
                            continue;
                        }
                        ConferenceAct act = new ConferenceAct(kind, adopter.get(), session, number,
                                ctx.iris.act(adopter.get().slug(), kind.word(), Integer.toString(session), Integer.toString(number)));
                        int at = s.start() + m.start(3) + one.start();
                        ReportContext.ActMention mention = new ReportContext.ActMention(b, at, s.start() + m.start(3) + one.end(), act);
                        ctx.acts.add(mention);
                        Matcher title = ENTITLED.matcher(s.text().substring(listEnd));
                        writer.write(mention, title.lookingAt() && one.hitEnd() ? title.group(1).strip() : null);
                    }
                }
            }
        }
    }

    /** Which body adopted the act named at {@code start..listEnd} of the sentence. */
    static Optional<BodyEntry> adopter(ReportContext ctx, String sentence, int start, int listEnd, int session) {
        String after = sentence.substring(listEnd);
        Matcher title = ENTITLED.matcher(after);
        if (title.lookingAt()) {
            after = after.substring(title.end());
        }
        Matcher of = OF_BODY.matcher(after);
        if (of.lookingAt()) {
            Optional<BodyEntry> named = adopterAt(ctx, after, of.end());
            if (named.isPresent()) {
                return named;
            }
        }
        String before = sentence.substring(Math.max(0, start - 200), start);
        Optional<BodyEntry> preceding = adopterBefore(ctx, before);
        if (preceding.isPresent()) {
            return preceding;
        }
        if (IN_ITS.matcher(before).find()) {
            Matcher subject = SUBJECT.matcher(after);
            if (subject.lookingAt()) {
                Optional<BodyEntry> named = adopterAt(ctx, after, subject.end());
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        if (session >= 1900) {
            return ctx.reference.bodies().byCode("ECOSOC");
        }
        if (session >= 20) {
            return ctx.reference.bodies().byCode("GA");
        }
        return ctx.defaultConference();
    }

    private static Optional<BodyEntry> adopterAt(ReportContext ctx, String text, int at) {
        List<NameMatch<BodyEntry>> found = ctx.reference.bodies().find(text.substring(at, Math.min(text.length(), at + 200)));
        if (!found.isEmpty() && found.get(0).start() <= 4 && adopts(found.get(0).entity())) {
            return Optional.of(found.get(0).entity());
        }
        Matcher bare = BARE_ADOPTER_AFTER.matcher(text.substring(at));
        return bare.lookingAt() ? bare(ctx, bare.group(1)) : Optional.empty();
    }

    private static Optional<BodyEntry> adopterBefore(ReportContext ctx, String before) {
        List<NameMatch<BodyEntry>> found = ctx.reference.bodies().find(before);
        if (!found.isEmpty()) {
            NameMatch<BodyEntry> last = found.get(found.size() - 1);
            String gap = before.substring(last.end());
            if (adopts(last.entity()) && gap.matches("(?i)(?:'s)?\\s*(?:,\\s*)?(?:in\\s+its\\s+|in\\s+)?")) {
                return Optional.of(last.entity());
            }
        }
        Matcher bare = BARE_ADOPTER_BEFORE.matcher(before);
        return bare.find() ? bare(ctx, bare.group(1)) : Optional.empty();
    }

    private static boolean adopts(BodyEntry body) {
        return body.isConference() || List.of("GA", "ECOSOC", "CCPCJ").contains(body.code());
    }

    private static Optional<BodyEntry> bare(ReportContext ctx, String word) {
        return switch (word) {
            case "Conference" -> ctx.defaultConference();
            case "General Assembly", "Assembly" -> ctx.reference.bodies().byCode("GA");
            case "Economic and Social Council", "Council" -> ctx.reference.bodies().byCode("ECOSOC");
            case "Commission" -> ctx.reference.bodies().byCode("CCPCJ");
            default -> Optional.empty();
        };
    }
}
