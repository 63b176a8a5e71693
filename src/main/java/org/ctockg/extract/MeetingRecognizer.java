package org.ctockg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.diagnostics.Family;
import org.ctockg.reference.BodyEntry;
import org.ctockg.reference.NameMatch;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.text.DateRange;
import org.ctockg.text.Masthead;

/**
 * The meeting or meetings a report is about (a joint report covers one per body): the bodies
 * its title or masthead names, the days and place ("held in Vienna from 17 to 19 October 2016",
 * "Vienna, 28–31 May 2018"), the ordinal and the session of the Conference during which it met
 * ({@link MeetingNumbering}). A report on a session of a conference is about that session. Each
 * is a {@link MeetingHeld}, written by {@link MeetingWriter}.
 */
final class MeetingRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> provides() {
        return Set.of(ContextFact.MEETINGS, ContextFact.CONFERENCE);
    }

    private static final Pattern HELD_IN = Pattern.compile("\\bheld\\s+(?:at\\s+|in\\s+)(\\p{Lu}[\\p{L} .'-]{1,40}?)(?:,\\s*\\p{Lu}[\\p{L} ]+)?,?\\s+(?=on\\s+\\d|from\\s+\\d|\\d)");

    @Override
    public void recognise(ReportContext ctx) {
        Masthead masthead = Masthead.read(ctx.doc.masthead());
        String title = masthead.title() == null ? "" : masthead.title();
        List<BodyEntry> bodies = bodies(ctx, title, masthead.names());
        ctx.conference = conferenceOf(ctx, bodies, masthead.names());
        if (masthead.title() == null) {
            // a note, a background paper, an agenda, a list of decisions: not the report of a meeting
            return;
        }
        MeetingWriter writer = new MeetingWriter(ctx);
        Optional<DateRange> titleDates = DateRange.find(title);
        String titleVenue = venue(title).orElse(null);
        for (int i = 0; i < bodies.size(); i++) {
            BodyEntry body = bodies.get(i);
            String place = placeLineFor(ctx, masthead, body, i);
            Optional<DateRange> dates = titleDates.isPresent() ? titleDates : Optional.ofNullable(place).flatMap(DateRange::find);
            String venue = titleVenue != null ? titleVenue : place == null ? null : Masthead.placeOf(place).orElse(null);
            if (dates.isEmpty()) {
                dates = datesInIntroduction(ctx);
            }
            DateRange days = dates.orElse(null);
            MeetingHeld held = new MeetingHeld(body, days, venue, MeetingNumbering.read(ctx, masthead, body, days));
            ctx.meetings.add(writer.write(held));
        }
        if (bodies.isEmpty()) {
            ctx.skip(Family.MEETINGS, null, "no meeting recognised: the title and masthead name no known body");
        }
    }

    private static List<BodyEntry> bodies(ReportContext ctx, String title, String masthead) {
        Map<String, BodyEntry> found = new LinkedHashMap<>();
        String about = title.replaceFirst("(?s)\\bheld\\b.*$", "");
        addBodies(ctx, about, found, false);
        if (found.isEmpty()) {
            addBodies(ctx, masthead, found, false);
        }
        if (found.isEmpty()) {
            addBodies(ctx, about, found, true);
        }
        if (found.isEmpty()) {
            addBodies(ctx, masthead, found, true);
            found.values().removeIf(b -> found.size() > 1 && !b.isConference());
        }
        return new ArrayList<>(found.values());
    }

    private static void addBodies(ReportContext ctx, String text, Map<String, BodyEntry> into, boolean conferences) {
        for (NameMatch<BodyEntry> m : ctx.reference.bodies().find(text)) {
            BodyEntry b = m.entity();
            boolean meets = conferences ? b.isConference() : !b.isConference() && b.conferenceSlug() != null && !b.conferenceSlug().isEmpty();
            if (meets) {
                into.putIfAbsent(b.slug(), b);
            }
        }
    }

    private static org.ctockg.reference.BodyEntry conferenceOf(ReportContext ctx, List<BodyEntry> bodies, String masthead) {
        for (BodyEntry b : bodies) {
            if (b.isConference()) {
                return b;
            }
            if (b.conferenceSlug() != null && !b.conferenceSlug().isEmpty()) {
                Optional<BodyEntry> parent = ctx.reference.bodies().bySlug(b.conferenceSlug());
                if (parent.isPresent()) {
                    return parent.get();
                }
            }
        }
        Optional<BodyEntry> named = conferenceNamed(ctx, masthead);
        if (named.isPresent()) {
            return named.get();
        }
        // a page without a masthead of its own (a list of decisions): the conference its first lines name
        return ctx.doc.blocks().stream().limit(3).map(b -> conferenceNamed(ctx, b.text())).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    private static Optional<BodyEntry> conferenceNamed(ReportContext ctx, String text) {
        return ctx.reference.bodies().find(text).stream().map(NameMatch::entity).filter(BodyEntry::isConference).findFirst();
    }

    /** The place line printed under this body's name in the masthead, else the first one. */
    private static String placeLineFor(ReportContext ctx, Masthead masthead, BodyEntry body, int index) {
        if (masthead.placeLines().isEmpty()) {
            return null;
        }
        return index < masthead.placeLines().size() ? masthead.placeLines().get(index) : masthead.placeLines().get(0);
    }

    static Optional<String> venue(String text) {
        Matcher m = HELD_IN.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static Optional<DateRange> datesInIntroduction(ReportContext ctx) {
        return ctx.doc.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).limit(5)
                .map(b -> b.text()).filter(t -> t.contains("held")).map(DateRange::find)
                .flatMap(Optional::stream).findFirst();
    }
}
