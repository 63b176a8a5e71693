package org.ctockg.extract;

import org.apache.jena.graph.Node;
import org.ctockg.vocab.Ctoc;

/** What an act did to a body: established it, or made it a constant element of its conference. */
enum MandateKind {
    ESTABLISHED("established", Ctoc.mandateEstablished, Ctoc.establishedBy, " established by "),
    CONSTANT_ELEMENT("constant-element", Ctoc.mandateConstantElement, Ctoc.madeConstantElementBy, " made a constant element by ");

    private final String slug;
    private final Node concept;
    private final Node bodyProperty;
    private final String labelVerb;

    MandateKind(String slug, Node concept, Node bodyProperty, String labelVerb) {
        this.slug = slug;
        this.concept = concept;
        this.bodyProperty = bodyProperty;
        this.labelVerb = labelVerb;
    }

    /** The kind's step in the mandate's IRI. */
    String slug() {
        return slug;
    }

    /** The value of ctoc:mandateKind. */
    Node concept() {
        return concept;
    }

    /** The shortcut from the body to the act: ctoc:establishedBy, ctoc:madeConstantElementBy. */
    Node bodyProperty() {
        return bodyProperty;
    }

    /** The words between the body's name and the act's in the mandate's label. */
    String labelVerb() {
        return labelVerb;
    }
}
