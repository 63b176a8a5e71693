package org.ctockg.extract;

import java.util.Locale;

import org.apache.jena.graph.Node;
import org.ctockg.vocab.Ctoc;

/** A decision or a resolution, with its class in the ontology. */
enum ActKind {
    DECISION(Ctoc.Decision),
    RESOLUTION(Ctoc.Resolution);

    private final Node type;

    ActKind(Node type) {
        this.type = type;
    }

    /** "decision", "resolution": as labels, IRIs and the contract write it. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** ctoc:Decision, ctoc:Resolution. */
    Node type() {
        return type;
    }

    /** The kind a word of the text names ("Decision", "resolutions"). */
    static ActKind named(String word) {
        return word.toLowerCase(Locale.ROOT).startsWith("decision") ? DECISION : RESOLUTION;
    }
}
