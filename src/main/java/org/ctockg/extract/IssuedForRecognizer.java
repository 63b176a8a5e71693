package org.ctockg.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.reference.BodyEntry;
import org.ctockg.reference.NameMatch;
import org.ctockg.text.DateRange;
import org.ctockg.text.Masthead;

/**
 * The session or meeting a document that is not a meeting report was issued for, as its masthead
 * names it: a Secretariat note, a background paper or a provisional agenda of "Eighth session /
 * Abu Dhabi, 16–20 December 2019", or of "Working Group on Firearms / Vienna, 2 and 3 May 2018".
 * The document is not the report of that meeting: it gets no {@code reportsOn}, so no meeting,
 * attendance or statement is read into it. It is an {@link IssuedFor}, written by {@link MeetingWriter}.
 */
final class IssuedForRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.CONFERENCE);
    }

    private static final Pattern SESSION = Pattern.compile("(?i)\\b(?:(resumed)\\s+)?(" + Ordinals.PATTERN + ")\\s+session\\b");
    /** A place and days right after a body's name ("... on Technical Assistance Vienna, 3-5 October 2007"). */
    private static final Pattern PLACE_AFTER = Pattern.compile(
            "^\\s+(\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:el-|al-|de\\s+)?\\p{Lu}[\\p{L}.'-]*){0,2}),\\s*(?:\\p{Lu}[\\p{L} ]{2,40},\\s*)?(\\d{1,2}\\b[^,;]{0,40}?\\d{4})");

    @Override
    public void recognise(ReportContext ctx) {
        Masthead masthead = Masthead.read(ctx.doc.masthead());
        if (masthead.title() != null || ctx.doc.masthead().isEmpty()) {
            return;
        }
        String names = masthead.names();
        Matcher session = SESSION.matcher(names);
        if (ctx.conference != null && session.find()) {
            Optional<Integer> number = Ordinals.parse(session.group(2));
            if (number.isPresent()) {
                Optional<Place> place = placeAfter(names, session.end()).or(() -> firstPlace(masthead));
                new MeetingWriter(ctx).write(issuedFor(ctx.conference, number.get(), place));
                return;
            }
        }
        for (NameMatch<BodyEntry> m : ctx.reference.bodies().find(names)) {
            if (MandateRecognizer.isSubsidiary(m.entity())) {
                Optional<Place> place = placeAfter(names, m.end()).or(() -> firstPlace(masthead));
                if (place.isPresent()) {
                    new MeetingWriter(ctx).write(issuedFor(m.entity(), null, place));
                }
                return;
            }
        }
    }

    private static IssuedFor issuedFor(BodyEntry body, Integer session, Optional<Place> place) {
        return new IssuedFor(body, session, place.map(Place::dates).orElse(null), place.map(Place::venue).orElse(null));
    }

    private static Optional<Place> placeAfter(String text, int at) {
        Matcher m = PLACE_AFTER.matcher(text.substring(at));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return DateRange.find(m.group(2)).map(d -> new Place(m.group(1), d));
    }

    private static Optional<Place> firstPlace(Masthead masthead) {
        for (String line : masthead.placeLines()) {
            Optional<DateRange> dates = DateRange.find(line);
            Optional<String> venue = Masthead.placeOf(line);
            if (dates.isPresent() && venue.isPresent()) {
                return Optional.of(new Place(venue.get(), dates.get()));
            }
        }
        return Optional.empty();
    }

    /** Where and when a meeting was held. */
    private record Place(String venue, DateRange dates) {
    }
}
