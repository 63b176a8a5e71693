package org.ctockg.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The relayouts of the harness: first each alone, then random combinations in the order a
 * converter would produce them (markers and marks, contents and tables, footnote blocks, the
 * line layout, page breaks, characters). A variant is a number; the same number gives the same
 * text of a report, so a failure reproduces.
 */
final class Variants {
    private static final List<Relayout> ALONE = List.of(new StripMarkdown(), new GlueFootnoteMarkers(), new JoinLongLines(),
            new WrapHyphenated(), new PdftotextLayout(), new PageBreakDebris(), new FootnoteBlockMidParagraph(),
            new CrlfLineEnds(), new ByteOrderMark(), new NoBreakSpaces(), new CurlyQuotes(), new StraightQuotes(),
            new TabIndents(), new SpaceAlignedTables(), new DotLeaders(), new TwoColumnMasthead());
    static final int COMBINED = 14;
    static final int COUNT = ALONE.size() + COMBINED;

    private Variants() {
    }

    /** The relayouts of variant {@code v}, in the order they apply. */
    static List<Relayout> chain(int v) {
        if (v < ALONE.size()) {
            return List.of(ALONE.get(v));
        }
        Random r = new Random(7919L * v);
        List<Relayout> chain = new ArrayList<>();
        maybe(chain, r, new GlueFootnoteMarkers());
        maybe(chain, r, new StripMarkdown());
        maybe(chain, r, new DotLeaders());
        maybe(chain, r, new TwoColumnMasthead());
        maybe(chain, r, new SpaceAlignedTables());
        maybe(chain, r, new FootnoteBlockMidParagraph());
        int layout = r.nextInt(4);
        if (layout == 1) {
            chain.add(new WrapHyphenated());
        } else if (layout == 2) {
            chain.add(new PdftotextLayout());
        }
        maybe(chain, r, new PageBreakDebris());
        if (layout == 3) {
            chain.add(new JoinLongLines());
        }
        maybe(chain, r, new TabIndents());
        maybe(chain, r, new NoBreakSpaces());
        if (r.nextBoolean()) {
            chain.add(r.nextBoolean() ? new CurlyQuotes() : new StraightQuotes());
        }
        maybe(chain, r, new ByteOrderMark());
        maybe(chain, r, new CrlfLineEnds());
        return chain;
    }

    /** Variant {@code v} of a report; each report draws its own random numbers from its name. */
    static String apply(int v, String reportName, String text) {
        Random random = new Random(31L * reportName.hashCode() + v);
        String s = text;
        for (Relayout step : chain(v)) {
            s = step.apply(s, random);
        }
        return s;
    }

    static String describe(int v) {
        return "variant " + v + " (" + String.join(" + ", chain(v).stream().map(Relayout::name).toList()) + ")";
    }

    private static void maybe(List<Relayout> chain, Random r, Relayout step) {
        if (r.nextBoolean()) {
            chain.add(step);
        }
    }
}
