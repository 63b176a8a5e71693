package org.ctockg.extract;

import org.apache.jena.graph.Node;
import org.ctockg.reference.BodyEntry;

/** A decision or resolution: which body adopted it, at which session, with which number. */
record ConferenceAct(ActKind kind, BodyEntry adoptedBy, int session, int number, Node node) {

    /** {@code decision 2/6}, as the contract writes acts. */
    String label() {
        return kind.word() + " " + session + "/" + number;
    }

    String notation() {
        return session + "/" + number;
    }
}
