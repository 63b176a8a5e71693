package org.ctockg.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a paragraph's text into pieces, linking each place where the label of an entity
 * recognised in it appears (longest labels first, no overlaps). The template escapes each piece.
 */
final class Segments {
    private Segments() {
    }

    /** A piece of text, linked when href is set. */
    public record Segment(String text, String href) {
    }

    static List<Segment> link(String text, List<Link> entities) {
        List<Link> byLength = entities.stream().filter(l -> l.href() != null)
                .flatMap(l -> forms(l).stream())
                .sorted(Comparator.comparingInt((Link l) -> -l.label().length())).toList();
        String[] hrefAt = new String[text.length()];
        boolean[] taken = new boolean[text.length()];
        int[] endAt = new int[text.length()];
        for (Link l : byLength) {
            int from = text.indexOf(l.label());
            while (from >= 0) {
                int to = from + l.label().length();
                if (isWordBoundary(text, from, to) && free(taken, from, to)) {
                    for (int i = from; i < to; i++) {
                        taken[i] = true;
                    }
                    hrefAt[from] = l.href();
                    endAt[from] = to;
                }
                from = text.indexOf(l.label(), to);
            }
        }
        List<Segment> out = new ArrayList<>();
        int plainStart = 0;
        int i = 0;
        while (i < text.length()) {
            if (hrefAt[i] != null) {
                if (plainStart < i) {
                    out.add(new Segment(text.substring(plainStart, i), null));
                }
                out.add(new Segment(text.substring(i, endAt[i]), hrefAt[i]));
                i = endAt[i];
                plainStart = i;
            } else {
                i++;
            }
        }
        if (plainStart < text.length()) {
            out.add(new Segment(text.substring(plainStart), null));
        }
        return out;
    }

    /**
     * The ways the text may name an entity: its label, and for a label such as "decision 4/3 of
     * the Conference of the Parties ..." its head too, as the text usually says "decision 4/3".
     */
    private static List<Link> forms(Link entity) {
        List<Link> forms = new ArrayList<>();
        if (entity.label().length() >= 3) {
            forms.add(entity);
        }
        int of = entity.label().indexOf(" of the ");
        if (of >= 5) {
            forms.add(new Link(entity.label().substring(0, of), entity.href()));
        }
        return forms;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordBoundary(String text, int from, int to) {
        return (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
                && (to == text.length() || !Character.isLetterOrDigit(text.charAt(to)));
    }
}
