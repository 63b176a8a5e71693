package org.ctockg.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.ctockg.diagnostics.Family;
import org.ctockg.text.Block;

/**
 * What a list of participants names beyond the States and organizations the reference tables
 * know: each leftover name is reported as a skip, and a list in which nothing is known as one skip.
 */
final class UnknownNames {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[,;]|\\band\\b|\\.\\s|\\.$)\\s*");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|of|the|and|de|du|d'|\\(|\\)|[\\p{L}]+\\))){0,8}");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)^(?:the|a|an|also|in addition|further|observers?|other)$");

    private UnknownNames() {
    }

    static void report(ReportContext ctx, Block b, Family family, String names, List<NamedParticipants.Named> known) {
        if (known.isEmpty()) {
            ctx.skip(family, b, "a participant list with no State or organization of the reference tables");
            return;
        }
        StringBuilder rest = new StringBuilder(names);
        ctx.reference.states().gazetteer().findAll(names).forEach(m -> blank(rest, m.start(), m.end()));
        ctx.reference.organizations().gazetteer().findAll(names).forEach(m -> blank(rest, m.start(), m.end()));
        for (String part : SEPARATOR.split(rest)) {
            String candidate = part.strip().replaceAll("^[(\\[]+|[)\\]:]+$", "").strip();
            if (candidate.length() > 2 && NAME.matcher(candidate).matches() && !NOT_A_NAME.matcher(candidate).matches()) {
                ctx.skip(family, b, "\"" + candidate + "\" is not in the reference tables");
            }
        }
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, text.length()); i++) {
            text.setCharAt(i, ' ');
        }
    }
}
