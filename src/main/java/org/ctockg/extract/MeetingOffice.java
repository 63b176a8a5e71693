package org.ctockg.extract;

import java.util.Locale;

import org.apache.jena.graph.Node;
import org.ctockg.vocab.Ctoc;

/** The role in which a person served a meeting, with its concept in ctoc:roles. */
enum MeetingOffice {
    CHAIR("chair", Ctoc.roleChair),
    VICE_CHAIR("vice-chair", Ctoc.roleViceChair),
    RAPPORTEUR("rapporteur", Ctoc.roleRapporteur),
    PANELLIST("panellist", Ctoc.rolePanellist);

    /** The titles of the officers as reports print them; a Vice-Chair's "Chair" is not a chair. */
    static final String TITLES = "(?:Vice-?\\s?(?:Chair(?:person|man|woman)?|President)s?|Rapporteurs?|(?<![\\p{L}-])(?<!Vice\\s)(?:Co-)?(?:Chair(?:person|man|woman)?|President)s?)";

    private final String notation;
    private final Node concept;

    MeetingOffice(String notation, Node concept) {
        this.notation = notation;
        this.concept = concept;
    }

    String notation() {
        return notation;
    }

    Node concept() {
        return concept;
    }

    /** The office a printed title names: "Vice-Chairs" is vice-chair, "Chairperson" chair, "Rapporteur" rapporteur. */
    static MeetingOffice titled(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.startsWith("vice")) {
            return VICE_CHAIR;
        }
        return t.startsWith("rapporteur") ? RAPPORTEUR : CHAIR;
    }
}
