package org.ctockg.extract;

import java.util.Set;

/**
 * Finds one family of facts in a report and writes them, each with the text unit it came from.
 * Listed in the resource {@code recognisers.list} next to this class; run in the order of what
 * each provides and needs (see {@link Recognisers}).
 */
interface Recognizer {
    void recognise(ReportContext ctx);

    /** How messages about the order of the recognisers name this one. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** What this recogniser leaves in the context for later ones. */
    default Set<ContextFact> provides() {
        return Set.of();
    }

    /** What this recogniser reads from the context, left there by earlier ones. */
    default Set<ContextFact> needs() {
        return Set.of();
    }
}
