package org.ctockg.diagnostics;

import java.util.Locale;

/** The families of facts read from a report; what the {@code check} command counts and explains per family. */
public enum Family {
    MEETINGS, ATTENDANCE, STATEMENTS, ACTS, MANDATES, ARTICLES, DOCUMENTS, PEOPLE, AGENDA, RECOMMENDATIONS;

    /** The family's name as printed and as the {@code family} column of {@code recognised.rq} holds it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
