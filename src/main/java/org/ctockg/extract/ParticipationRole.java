package org.ctockg.extract;

import java.util.Locale;

import org.apache.jena.graph.Node;
import org.ctockg.vocab.Ctoc;

/** The role in which a State or organization was represented at a meeting, with its concept in ctoc:roles. */
enum ParticipationRole {
    PARTY("party", Ctoc.rolePartyState),
    SIGNATORY("signatory", Ctoc.roleSignatory),
    OBSERVER("observer", Ctoc.roleObserver);

    private final String notation;
    private final Node concept;

    ParticipationRole(String notation, Node concept) {
        this.notation = notation;
        this.concept = concept;
    }

    /** The word the queries return (skos:notation). */
    String notation() {
        return notation;
    }

    Node concept() {
        return concept;
    }

    /**
     * The role an attendance sentence gives those it lists: "States parties" (party), "States
     * signatories" (signatory), "States not parties", "observer States", "intergovernmental
     * organizations" ... (observer).
     */
    static ParticipationRole describedBy(String description) {
        String d = description.toLowerCase(Locale.ROOT);
        if (d.contains("signator")) {
            return SIGNATORY;
        }
        if (d.contains("not parties") || d.contains("non-part") || d.contains("not a party") || d.contains("observer state")
                || d.contains("non-member") || d.contains("observer mission") || d.contains("permanent observer")
                || d.contains("intergovernmental") || d.contains("united nations") || d.contains("non-governmental")
                || d.contains("specialized agenc") || d.contains("organizations") && !d.contains("parties")) {
            return OBSERVER;
        }
        if (d.contains("parties") || d.contains("party")) {
            return PARTY;
        }
        return d.contains("observer") ? OBSERVER : PARTY;
    }
}
