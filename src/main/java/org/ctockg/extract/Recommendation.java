package org.ctockg.extract;

import java.util.List;

import org.apache.jena.graph.Node;
import org.ctockg.text.Block;

/**
 * A recommendation a meeting formulated: the unit it stands in (a paragraph, or a lettered item
 * of a list with its (i), (ii) inside), the text units it is read from (that unit, its
 * continuation, its roman items), its unit as printed ("24 (a)"), whom it addresses, and the
 * resolution that adopted or endorsed it (null when none is known).
 */
record Recommendation(Block unit, List<Block> parts, String printed, List<Addressee> addressees, Adoption adoption) {

    /** A resolution of the Conference that adopted or endorsed recommendations, and which of the two. */
    record Adoption(ConferenceAct act, Node how) {
    }

    /** The whole wording: the unit's text and that of its parts. */
    String text() {
        StringBuilder b = new StringBuilder();
        for (Block p : parts) {
            if (b.length() > 0) {
                b.append('\n');
            }
            if (p != unit && p.kind() == org.ctockg.text.BlockKind.SUBPARAGRAPH) {
                b.append('(').append(p.number()).append(") ");
            }
            b.append(p.text());
        }
        return b.toString();
    }
}
