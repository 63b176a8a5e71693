package org.ctockg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.reference.BodyEntry;
import org.ctockg.reference.NameMatch;
import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.text.Sentences;

/**
 * The agenda of each meeting: item numbers and titles from the agenda it adopted ("adopted the
 * following agenda: 1. Organizational matters: (a) Opening of the meeting; ... 2. ..."), from a
 * section heading whose first paragraph says the item was taken up there ("B. Disposal ... /
 * 10. ... the discussion on agenda item 3 was led by ...") or that names its numbers ("Other
 * matters (agenda item 4, Working Group on ...)"), and from "considered agenda item 2, entitled
 * “...”". Lettered sub-items are kept as sub-items; an item known only by its number gets no title.
 */
final class AgendaRecognizer implements Recognizer {
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)\\b(?:adopted|approved)\\b[^:]{0,120}\\bagenda\\b[^:]{0,80}:|\\bagenda\\b[^:]{0,60}\\bas\\s+follows\\s*:");
    private static final Pattern TOP_ITEM = Pattern.compile("(?<![\\w/.,])(\\d{1,2})\\.\\s+(?=[\\p{Lu}\u201c\"])");
    private static final Pattern SUB_ITEM = Pattern.compile("(?:^|(?<=[\\s;:.]))\\(([a-z])\\)\\s+");
    private static final Pattern ANNOTATION = Pattern.compile("(?i)\\s*\\((?:joint\\s+item|continued|resumed|closed)[^()]*\\)\\s*$");
    private static final Pattern TAKEN_UP = Pattern.compile(
            "(?i)\\b(?:considered|took\\s+up|discussed|examined|(?:discussion|consideration|deliberations?|debate)\\s+(?:on|of|under))\\s+(?:agenda\\s+)?item\\s+(\\d{1,2})\\b(?!\\s*\\([a-z]\\))(?!\\s*(?:,|and)\\s*\\d)");
    private static final Pattern CONSIDERED_TITLED = Pattern.compile(
            "(?i)\\bconsidered\\s+(?:agenda\\s+)?item\\s+(\\d{1,2})\\b(?:\\s*,\\s*(?:entitled|on)\\s+(?:\u201c([^\u201d]{3,300})\u201d|\"([^\"]{3,300})\"|(\\p{L}[^;]{2,300}?)(?=\\.\\s|\\.$|;|$))|\\s+\\(([^()]{3,120})\\))");
    private static final Pattern HEADING_NUMBERS = Pattern.compile("^(.{3,300}?)\\s*\\(((?:agenda\\s+)?items?\\s+\\d{1,2}\\b[^()]*)\\)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_FOR_BODY = Pattern.compile("(?i)(?:agenda\\s+)?item\\s+(\\d{1,2})\\b([^;]*)");
    /** Chapters every report has: never an agenda item's title, whatever their first paragraph says. */
    private static final Pattern STRUCTURAL = Pattern.compile(
            "(?i)^(?:introduction|recommendations|conclusions(?:\\s+and\\s+recommendations)?|summary\\s+of\\s+(?:the\\s+)?deliberations|organization\\s+of\\s+(?:the\\s+)?(?:meetings?|sessions?|work)"
                    + "|attendance|documentation|statements|opening\\s+and\\s+duration\\s+of\\s+the\\s+(?:meetings?|sessions?)|annex(?:es)?\\b.*)$");
    private static final Pattern HEADING_PREFIX = Pattern.compile("^(?:[IVXL]{1,6}|[A-Z]|\\d{1,2})\\.\\s+");

    @Override
    public void recognise(ReportContext ctx) {
        AgendaWriter writer = new AgendaWriter(ctx);
        for (AgendaEntry e : find(ctx)) {
            writer.write(e);
            if (e.source() == AgendaEntry.Source.HEADING && e.from().kind() == BlockKind.HEADING) {
                ctx.agendaHeadings.putIfAbsent(e.from(), e);
            }
        }
    }

    /** Every item found, the best title of each item first (adopted agenda, then heading, then text). */
    static List<AgendaEntry> find(ReportContext ctx) {
        List<AgendaEntry> found = new ArrayList<>();
        if (ctx.meetings.isEmpty()) {
            return found;
        }
        List<Block> blocks = ctx.doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.PARAGRAPH) {
                agendaList(ctx, b, found);
                considered(ctx, b, found);
            } else if (b.kind() == BlockKind.HEADING) {
                headingNumbers(ctx, b, b.text(), found);
                firstParagraph(blocks, i).ifPresent(p -> headingOver(ctx, b, p, found));
            } else if (b.kind() == BlockKind.TEXT) {
                // a list of headings a converter printed as list items ("- 1. Other matters (agenda item 4, ...)")
                for (String line : b.text().split("\n")) {
                    headingNumbers(ctx, b, line.replaceFirst("^[-*+]\\s+", "").replace("*", ""), found);
                }
            }
        }
        found.sort(java.util.Comparator.comparing(AgendaEntry::source));
        return found;
    }

    /** "adopted the following agenda: 1. ... 2. ...": the items in order from 1, lettered sub-items inside. */
    private static void agendaList(ReportContext ctx, Block b, List<AgendaEntry> found) {
        Matcher lead = LEAD_IN.matcher(b.text());
        if (!lead.find()) {
            return;
        }
        ReportContext.Meeting meeting = meetingNamed(ctx, b, b.text().substring(0, lead.end())).orElse(null);
        if (meeting == null) {
            return;
        }
        String full = b.fullText();
        int from = full.indexOf(b.text()) + lead.end();
        String list = full.substring(Math.max(from, lead.end()));
        Map<String, String> items = new LinkedHashMap<>();
        Matcher m = TOP_ITEM.matcher(list);
        int expected = 1;
        int start = -1;
        String number = null;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != expected) {
                continue;
            }
            if (number != null) {
                items.put(number, list.substring(start, m.start()));
            }
            number = m.group(1);
            start = m.end();
            expected++;
        }
        if (number != null) {
            items.put(number, list.substring(start));
        }
        for (var item : items.entrySet()) {
            String text = item.getValue().strip();
            Matcher sub = SUB_ITEM.matcher(text);
            List<int[]> subs = new ArrayList<>();
            while (sub.find()) {
                subs.add(new int[] {sub.start(), sub.end(), sub.group(1).charAt(0)});
            }
            String title = subs.isEmpty() ? text : text.substring(0, subs.get(0)[0]);
            found.add(new AgendaEntry(meeting, item.getKey(), title(title), b, AgendaEntry.Source.AGENDA_LIST));
            for (int k = 0; k < subs.size(); k++) {
                int end = k + 1 < subs.size() ? subs.get(k + 1)[0] : text.length();
                String subTitle = title(text.substring(subs.get(k)[1], end));
                found.add(new AgendaEntry(meeting, item.getKey() + " (" + (char) subs.get(k)[2] + ")", subTitle, b,
                        AgendaEntry.Source.AGENDA_LIST));
            }
        }
    }

    /** "the Working Group considered agenda item 2, entitled “...”", "considered item 5 (other matters)". */
    private static void considered(ReportContext ctx, Block b, List<AgendaEntry> found) {
        if (!b.text().contains("item")) {
            return;
        }
        for (Sentences.Sentence s : b.sentences()) {
            Matcher m = CONSIDERED_TITLED.matcher(s.text());
            while (m.find()) {
                String title = saidTitle(m);
                ReportContext.Meeting meeting = meetingNamed(ctx, b, s.text()).orElse(null);
                if (meeting != null && title != null) {
                    found.add(new AgendaEntry(meeting, m.group(1), title(title), b, AgendaEntry.Source.CONSIDERED));
                }
            }
        }
    }

    /** "Other matters (agenda item 4, Working Group on International Cooperation; agenda item 4, Working Group ...)". */
    private static void headingNumbers(ReportContext ctx, Block heading, String line, List<AgendaEntry> found) {
        String text = HEADING_PREFIX.matcher(line.strip()).replaceFirst("");
        Matcher h = HEADING_NUMBERS.matcher(text);
        if (!h.matches()) {
            return;
        }
        String title = title(h.group(1));
        Matcher n = NUMBER_FOR_BODY.matcher(h.group(2));
        while (n.find()) {
            ReportContext.Meeting meeting = meetingNamed(ctx, heading, n.group(2)).orElse(null);
            if (meeting != null) {
                found.add(new AgendaEntry(meeting, n.group(1), title, heading, AgendaEntry.Source.HEADING));
            }
        }
    }

    /** A heading whose first paragraph says the meeting took the item up there: the heading is the item's title. */
    private static void headingOver(ReportContext ctx, Block heading, Block first, List<AgendaEntry> found) {
        if (HEADING_NUMBERS.matcher(HEADING_PREFIX.matcher(heading.text()).replaceFirst("")).matches()) {
            return;
        }
        String title = title(HEADING_PREFIX.matcher(heading.text()).replaceFirst(""));
        if (STRUCTURAL.matcher(title).matches()) {
            return;
        }
        for (Sentences.Sentence s : first.sentences()) {
            Matcher m = TAKEN_UP.matcher(s.text());
            if (m.find()) {
                ReportContext.Meeting meeting = meetingNamed(ctx, first, s.text()).orElse(null);
                Matcher said = CONSIDERED_TITLED.matcher(s.text());
                boolean agrees = !said.find() || sameTitle(title, saidTitle(said));
                if (meeting != null && agrees) {
                    found.add(new AgendaEntry(meeting, m.group(1), title, heading, AgendaEntry.Source.HEADING));
                }
                return;
            }
        }
    }

    /** The paragraph right after a heading, when nothing else comes between. */
    private static java.util.Optional<Block> firstParagraph(List<Block> blocks, int headingAt) {
        for (int j = headingAt + 1; j < blocks.size(); j++) {
            Block next = blocks.get(j);
            if (next.kind() == BlockKind.FOOTNOTE) {
                continue;
            }
            return next.kind() == BlockKind.PARAGRAPH && next.heading() == blocks.get(headingAt)
                    ? java.util.Optional.of(next) : java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    private static String saidTitle(Matcher considered) {
        for (int g = 2; g <= 5; g++) {
            if (considered.group(g) != null) {
                return considered.group(g);
            }
        }
        return null;
    }

    /** Two wordings of one title: the same letters, but for a leading article and what one adds at its end. */
    private static boolean sameTitle(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        return x.startsWith(y) || y.startsWith(x);
    }

    private static String letters(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceFirst("^(?:the|an?)\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A title as printed, without list punctuation, quotes or annotations such as "(joint item)". */
    static String title(String raw) {
        String t = raw.replaceAll("(?<!\\w)[*_]+|[*_]+(?!\\w)", "").replaceAll("\\s+", " ").strip();
        t = ANNOTATION.matcher(t).replaceFirst("");
        t = t.replaceAll("[\\s.;:,\u2022\u2013-]+$", "").replaceAll("^[\u201c\"]|[\u201d\"]$", "").strip();
        t = ANNOTATION.matcher(t).replaceFirst("");
        // a list bullet the converter left before the next sub-item ("Organizational matters: - (a) ...")
        return t.replaceAll("[\\s.;:,\u2022\u2013-]+$", "");
    }

    /** The meeting of the body a text names ("agenda item 2 of the Working Group on ..."), else the block's. */
    static java.util.Optional<ReportContext.Meeting> meetingNamed(ReportContext ctx, Block b, String text) {
        for (NameMatch<BodyEntry> m : ctx.reference.bodies().gazetteer().findAll(text)) {
            for (ReportContext.Meeting meeting : ctx.meetings) {
                if (meeting.body().slug().equals(m.entity().slug())) {
                    return java.util.Optional.of(meeting);
                }
            }
        }
        return ctx.meetingFor(b);
    }
}
