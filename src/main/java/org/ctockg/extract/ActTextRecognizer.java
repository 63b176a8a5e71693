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
 * The decisions and resolutions a session report of a conference lists and reproduces. An entry
 * of its contents or a heading "5/1. Title" under "Resolutions" ("Decision 4/1. Title", "Resolution
 * 5/1") names an act of that conference, with its title. The text under an act's heading, up to
 * the next heading of its rank, is the act's own: the articles it names are cited by it, and a
 * working group it establishes or makes a constant element of the conference has it as mandate.
 */
final class ActTextRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.MEETINGS, ContextFact.CONFERENCE, ContextFact.ARTICLES);
    }

    private static final Pattern ENTRY = Pattern.compile("^(?:(?i:(resolution|decision))\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,3})\\b\\.?(?:\\s+(\\S.*))?$");
    private static final Pattern KIND_HEADING = Pattern.compile("(?i)^(?:[A-H]\\.\\s+)?(resolution|decision)s\\b");
    private static final Pattern CONSTANT_ELEMENT = Pattern.compile("(?i)\\bdecides\\b.*\\bconstant\\s+element\\b");
    private static final Pattern ESTABLISHES = Pattern.compile("(?i)\\bdecides\\s+to\\s+establish\\b");

    @Override
    public void recognise(ReportContext ctx) {
        BodyEntry conference = ctx.conference;
        if (conference == null || ctx.meetings.stream().noneMatch(m -> m.body().isConference())) {
            return;
        }
        List<Block> blocks = ctx.doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() != BlockKind.HEADING && b.kind() != BlockKind.TEXT) {
                continue;
            }
            Matcher entry = ENTRY.matcher(b.text());
            if (!entry.matches()) {
                continue;
            }
            Optional<ActKind> kind = Optional.ofNullable(entry.group(1)).map(ActKind::named).or(() -> kindOfSection(b));
            if (kind.isEmpty()) {
                continue;
            }
            int session = Integer.parseInt(entry.group(2));
            int number = Integer.parseInt(entry.group(3));
            ConferenceAct act = new ConferenceAct(kind.get(), conference, session, number,
                    ctx.iris.act(conference.slug(), kind.get().word(), Integer.toString(session), Integer.toString(number)));
            new ActWriter(ctx).write(new ReportContext.ActMention(b, 0, 0, act), entry.group(4) == null ? null : entry.group(4).strip());
            if (b.kind() == BlockKind.HEADING) {
                for (int k = i + 1; k < blocks.size() && !endsText(b, blocks.get(k)); k++) {
                    readText(ctx, act, blocks.get(k));
                }
            }
        }
    }

    /** "5/1. Title" under a heading "A. Resolutions": the kind the section lists. */
    private static Optional<ActKind> kindOfSection(Block b) {
        for (int k = b.headings().size() - 1; k >= 0; k--) {
            Matcher m = KIND_HEADING.matcher(b.headings().get(k).text());
            if (m.find()) {
                return Optional.of(ActKind.named(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The next heading of the act heading's rank or above, or the heading of another act, ends its text. */
    private static boolean endsText(Block actHeading, Block b) {
        return b.kind() == BlockKind.HEADING && (b.level() <= actHeading.level() && ENTRY.matcher(b.text()).matches()
                || b.level() < actHeading.level());
    }

    private static void readText(ReportContext ctx, ConferenceAct act, Block b) {
        for (ReportContext.ArticleMention a : ctx.articles) {
            if (a.block() == b) {
                CitationWriter.write(ctx, act, a, null, b);
            }
        }
        for (Sentences.Sentence s : b.sentences()) {
            if (CONSTANT_ELEMENT.matcher(s.text()).find()) {
                subsidiaryIn(ctx, s.text(), 0).ifPresent(body -> new MandateWriter(ctx).write(new Mandate(b, body, act, MandateKind.CONSTANT_ELEMENT)));
            }
            Matcher established = ESTABLISHES.matcher(s.text());
            if (established.find()) {
                subsidiaryIn(ctx, s.text(), established.end())
                        .ifPresent(body -> new MandateWriter(ctx).write(new Mandate(b, body, act, MandateKind.ESTABLISHED)));
            }
        }
    }

    private static Optional<BodyEntry> subsidiaryIn(ReportContext ctx, String sentence, int from) {
        return ctx.reference.bodies().find(sentence.substring(from)).stream().map(NameMatch::entity)
                .filter(MandateRecognizer::isSubsidiary).findFirst();
    }
}
