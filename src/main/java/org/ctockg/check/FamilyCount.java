package org.ctockg.check;

import java.util.Map;
import java.util.stream.Collectors;

import org.ctockg.diagnostics.Family;

/** How many facts of one family a report gave, and how they divide by kind (role, type of act ...). */
public record FamilyCount(Family family, long total, String unit, Map<String, Long> kinds) {

    /** {@code 131 States (97 party, 12 signatory, 22 observer)}; just the total when there are no kinds. */
    public String summary() {
        String counted = unit.isEmpty() ? Long.toString(total) : total + " " + unit;
        if (kinds.isEmpty()) {
            return counted;
        }
        return counted + " (" + kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** {@code attendance: 131 States (97 party, 12 signatory, 22 observer)}. */
    public String line() {
        return family.label() + ": " + summary();
    }
}
