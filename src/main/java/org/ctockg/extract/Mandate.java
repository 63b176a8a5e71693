package org.ctockg.extract;

import org.ctockg.reference.BodyEntry;
import org.ctockg.text.Block;

/** An act that established a body or made it a constant element, read from a text unit. */
record Mandate(Block unit, BodyEntry body, ConferenceAct act, MandateKind kind) {
}
