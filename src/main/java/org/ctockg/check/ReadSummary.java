package org.ctockg.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.diagnostics.Family;

/**
 * What was read from one report, as one screen of text: per family what was recognised, then
 * what was skipped and why (at most a few lines per family), then the other warnings.
 */
public record ReadSummary(String file, List<FamilyCount> counts, List<Diagnostic> diagnostics) {
    static final int SKIPS_SHOWN = 4;

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(file);
        out.add("  recognised:");
        for (FamilyCount c : counts) {
            out.add("    " + c.line());
        }
        Map<Family, List<Diagnostic>> skips = new EnumMap<>(Family.class);
        List<Diagnostic> others = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.isSkip()) {
                skips.computeIfAbsent(d.family(), f -> new ArrayList<>()).add(d);
            } else {
                others.add(d);
            }
        }
        out.add(skips.isEmpty() ? "  skipped: nothing" : "  skipped:");
        skips.forEach((family, list) -> {
            for (Diagnostic d : list.subList(0, Math.min(SKIPS_SHOWN, list.size()))) {
                out.add("    " + where(d) + d.message());
            }
            if (list.size() > SKIPS_SHOWN) {
                out.add("    " + family.label() + ": ... and " + (list.size() - SKIPS_SHOWN) + " more");
            }
        });
        for (Diagnostic d : others) {
            out.add("  " + d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + where(d) + d.message());
        }
        return out;
    }

    private static String where(Diagnostic d) {
        return d.line() > 0 ? "line " + d.line() + ": " : "";
    }
}
