package org.ctockg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.reference.BodyEntry;
import org.ctockg.reference.NameMatch;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.text.DateRange;
import org.ctockg.text.Masthead;
import org.ctockg.text.Sentences;

/**
 * Where a meeting stands in its series, as the report states it for this meeting: its ordinal
 * ("The Working Group held its ninth meeting in Vienna from 17 to 19 October 2016", "The fourth
 * meeting of the Working Group was held on ...", a footnote "Attending the 11th session of the
 * Working Group ... only", a masthead line "Ninth session") and the session of its conference
 * during which it was held ("..., during the sixth session of the Conference"). Each number keeps
 * the unit it was read from. Not this meeting's: another meeting's ordinal ("held its tenth
 * meeting ... in 2017" in a report on 2018), a future meeting ("its next meeting, to be held during
 * the fifth session"), another conference's session ("the fifth session of the Conference of the
 * States Parties to the Convention against Corruption" for a working group of the Conference of
 * the Parties), the sixth session of a conference taken for the sixth meeting of a working group.
 */
final class MeetingNumbering {
    private static final String ORDINAL = "(" + Ordinals.PATTERN + ")";
    private static final Pattern HELD_ITS = Pattern.compile("(?i)\\b(?:held|convened|opened)\\s+its\\s+" + ORDINAL + "\\s+(?:meeting|session)\\b(?!s)");
    private static final Pattern THE_NTH_WAS_HELD = Pattern.compile(
            "(?i)\\bthe\\s+" + ORDINAL + "\\s+(?:meeting|session)\\s+of\\s+the\\s+([^,;]{3,160}?)\\s+(?:was|were)\\s+(?:held|convened)\\b");
    private static final Pattern ATTENDING_ONLY = Pattern.compile(
            "(?i)\\battend(?:ing|ed|s)?\\s+(?:only\\s+)?the\\s+" + ORDINAL + "\\s+(?:meeting|session)\\s+of\\s+(?:the\\s+)?(.{3,200}?)\\s+only\\b");
    private static final Pattern DURING_SESSION = Pattern.compile(
            "(?i)\\b(?:during|at|in\\s+the\\s+margins\\s+of|on\\s+the\\s+margins\\s+of|on\\s+the\\s+sidelines\\s+of)\\s+the\\s+" + ORDINAL
                    + "\\s+session\\s+of\\s+the\\s+(Conference\\b[^,;.]{0,160})");
    private static final Pattern THIS_MEETING_HELD = Pattern.compile("(?i)\\b(?:held|met|convened|took\\s+place|was\\s+opened)\\b");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:(?:to|will|would|shall|should)\\s+be\\s+(?:held|convened|organized)|next|future|forthcoming|upcoming|will\\s+meet|would\\s+meet)\\b");
    private static final Pattern MASTHEAD_ORDINAL = Pattern.compile("(?i)^(?:resumed\\s+)?" + ORDINAL + "\\s+(?:meeting|session)\\b(?!\\s+of\\b)");
    private static final Pattern ON_ITS_SESSION = Pattern.compile("(?i)\\bon\\s+its\\s+(?:resumed\\s+)?" + ORDINAL + "\\s+session");
    private static final Pattern GENERIC_BODY = Pattern.compile("(?i)^(?:Working\\s+Group|Group|Meeting|Committee|Review\\s+Group)$");
    private static final Pattern A_GROUP = Pattern.compile("\\b(?:The|the)\\s+(?:Working Group|Group|Meeting|Committee)\\b");
    private static final Pattern A_CONFERENCE = Pattern.compile("\\b(?:The|the)\\s+Conference\\b");
    private static final int INTRODUCTION = 60;

    private MeetingNumbering() {
    }

    /** A number and the unit it was read from; {@code from} is null for the masthead. */
    record Numbered(int number, Block from) {
    }

    /** The ordinal of the meeting among its body's meetings, and the conference session it was held during. */
    record Numbering(Numbered ordinal, Numbered session, BodyEntry sessionOf) {
        static final Numbering NONE = new Numbering(null, null, null);
    }

    /** What the report says of the meeting of {@code body} held on {@code dates} (null when unknown). */
    static Numbering read(ReportContext ctx, Masthead masthead, BodyEntry body, DateRange dates) {
        Numbered ordinal = null;
        Numbered session = null;
        BodyEntry sessionOf = null;
        BodyEntry parent = body.isConference() ? body : parentOf(ctx, body);
        Optional<Integer> fromMasthead = mastheadOrdinal(ctx, masthead, body);
        if (body.isConference()) {
            Matcher onIts = ON_ITS_SESSION.matcher(masthead.title() == null ? "" : masthead.title());
            Optional<Integer> n = onIts.find() ? Ordinals.parse(onIts.group(1)) : fromMasthead;
            if (n.isPresent()) {
                return new Numbering(null, new Numbered(n.get(), null), body);
            }
        } else if (fromMasthead.isPresent()) {
            ordinal = new Numbered(fromMasthead.get(), null);
        }
        for (Block b : ctx.doc.blocks()) {
            boolean footnote = b.kind() == BlockKind.FOOTNOTE;
            boolean early = (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.TEXT || b.kind() == BlockKind.SUBPARAGRAPH)
                    && b.position() <= INTRODUCTION;
            if (!footnote && !early || !mayNumber(b.text())) {
                continue;
            }
            for (Sentences.Sentence s : b.sentences()) {
                String text = s.text();
                if (ordinal == null && !body.isConference()) {
                    ordinal = ordinal(ctx, body, dates, text, footnote).map(n -> new Numbered(n, b)).orElse(null);
                }
                if (session == null && parent != null) {
                    Matcher d = DURING_SESSION.matcher(text);
                    while (d.find()) {
                        BodyEntry conference = conferenceNamed(ctx, d.group(2), parent);
                        if (conference != null && isThisMeeting(ctx, body, dates, text, d.start())) {
                            session = Ordinals.parse(d.group(1)).map(n -> new Numbered(n, b)).orElse(null);
                            sessionOf = conference;
                            break;
                        }
                    }
                }
            }
        }
        return new Numbering(ordinal, session, sessionOf);
    }

    /** The cheap test first: most blocks say nothing of ordinals or sessions. */
    private static boolean mayNumber(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("meeting") || t.contains("session");
    }

    private static Optional<Integer> ordinal(ReportContext ctx, BodyEntry body, DateRange dates, String sentence, boolean footnote) {
        Matcher only = ATTENDING_ONLY.matcher(sentence);
        if (only.find() && names(ctx, only.group(2), body)) {
            return Ordinals.parse(only.group(1));
        }
        if (footnote) {
            return Optional.empty();
        }
        Matcher held = HELD_ITS.matcher(sentence);
        if (held.find() && saysThisMeeting(dates, sentence, held.start()) && mentionsBody(ctx, sentence, body)) {
            return Ordinals.parse(held.group(1));
        }
        Matcher nth = THE_NTH_WAS_HELD.matcher(sentence);
        if (nth.find() && saysThisMeeting(dates, sentence, nth.start())
                && (names(ctx, nth.group(2), body) || GENERIC_BODY.matcher(nth.group(2).strip()).matches())) {
            return Ordinals.parse(nth.group(1));
        }
        return Optional.empty();
    }

    /** The sentence dates the meeting it speaks of, and that date is this meeting's first day; it is not a future meeting. */
    private static boolean saysThisMeeting(DateRange dates, String sentence, int at) {
        Optional<DateRange> said = DateRange.find(sentence);
        return said.isPresent() && dates != null && said.get().start().equals(dates.start()) && !future(sentence, at);
    }

    /**
     * "The Working Group held a meeting on 17 and 18 October 2012, during the sixth session of the
     * Conference": the sentence says this body met, in the past, on this meeting's days (or names
     * no days and no other meeting's ordinal).
     */
    private static boolean isThisMeeting(ReportContext ctx, BodyEntry body, DateRange dates, String sentence, int at) {
        if (future(sentence, at) || !THIS_MEETING_HELD.matcher(sentence).find() || !mentionsBody(ctx, sentence, body)) {
            return false;
        }
        Optional<DateRange> said = DateRange.find(sentence);
        if (said.isPresent()) {
            return dates != null && said.get().start().equals(dates.start());
        }
        return !HELD_ITS.matcher(sentence).find();
    }

    /** "to be held", "its next meeting", "will meet" in the words before the match. */
    private static boolean future(String sentence, int at) {
        return FUTURE.matcher(sentence.substring(Math.max(0, at - 60), at)).find();
    }

    /** The conference a "session of the Conference ..." phrase names: a named one, else the body's own. */
    private static BodyEntry conferenceNamed(ReportContext ctx, String phrase, BodyEntry parent) {
        for (NameMatch<BodyEntry> m : ctx.reference.bodies().gazetteer().findAll(phrase)) {
            if (m.start() == 0 && m.entity().isConference()) {
                return m.entity();
            }
        }
        String rest = phrase.replaceFirst("^Conference\\b", "").strip();
        if (rest.isEmpty() || !rest.toLowerCase(Locale.ROOT).matches("^(?:of|to)\\b.*")) {
            return parent;
        }
        return null;
    }

    private static BodyEntry parentOf(ReportContext ctx, BodyEntry body) {
        if (body.conferenceSlug() == null || body.conferenceSlug().isEmpty()) {
            return null;
        }
        return ctx.reference.bodies().bySlug(body.conferenceSlug()).orElse(null);
    }

    private static boolean names(ReportContext ctx, String text, BodyEntry body) {
        return ctx.reference.bodies().gazetteer().findAll(text).stream().anyMatch(m -> m.entity().slug().equals(body.slug()));
    }

    /** The sentence names this body, or a body by a generic word ("the Working Group") and no other body by name. */
    private static boolean mentionsBody(ReportContext ctx, String sentence, BodyEntry body) {
        List<NameMatch<BodyEntry>> named = ctx.reference.bodies().gazetteer().findAll(sentence);
        if (named.stream().anyMatch(m -> m.entity().slug().equals(body.slug()))) {
            return true;
        }
        boolean namesAnotherOfItsKind = named.stream().anyMatch(m -> m.entity().isConference() == body.isConference());
        return !namesAnotherOfItsKind && (body.isConference() ? A_CONFERENCE : A_GROUP).matcher(sentence).find();
    }

    /**
     * "Ninth session" or "Eleventh meeting" opening a line of the masthead, under the name of
     * this body (the last body named above the line; a conference's session line above a working
     * group's name is the conference's).
     */
    private static Optional<Integer> mastheadOrdinal(ReportContext ctx, Masthead masthead, BodyEntry body) {
        String text = masthead.text();
        List<NameMatch<BodyEntry>> named = ctx.reference.bodies().gazetteer().findAll(text.replace('\n', ' '));
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            Matcher m = MASTHEAD_ORDINAL.matcher(line.strip());
            if (m.lookingAt()) {
                final int at = offset;
                BodyEntry above = named.stream().filter(n -> n.end() <= at).reduce((a, b) -> b).map(NameMatch::entity).orElse(null);
                if (above != null && above.slug().equals(body.slug())) {
                    return Ordinals.parse(m.group(1));
                }
            }
            offset += line.length() + 1;
        }
        return Optional.empty();
    }
}
