package org.ctockg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Words broken at line ends are joined as the document itself writes them. */
class HyphenationTest {
    private final Hyphenation h = new Hyphenation(List.of(
            "the Organized Crime Convention and money-laundering were discussed",
            "a follow-up to the meeting and its outcome; the Conference was organ-",
            "ized in Vienna; inter-agency cooperation, the agency and its staff"));

    @Test
    void aPieceOfAWordLosesTheHyphen() {
        assertEquals("the Organized Crime", h.join("the Organ-", "ized Crime"));
        assertEquals("its recommendations", h.join("its recom-", "mendations"));
    }

    @Test
    void aCompoundKeepsIt() {
        assertEquals("combat money-laundering", h.join("combat money-", "laundering"));
        assertEquals("as a follow-up", h.join("as a follow-", "up"));
        assertEquals("better inter-agency work", h.join("better inter-", "agency work"));
    }

    @Test
    void aSoftHyphenAlwaysGoesBeforeACapitalTheHyphenJoinsTwoWords() {
        assertEquals("the agency", h.join("the agen\u00ad", "cy"));
        assertEquals("the Vice-Chair", h.join("the Vice-", "Chair"));
        assertEquals("CTOC/COP/WG.2/2012/3- CTOC/COP/WG.3/2012/4", h.join("CTOC/COP/WG.2/2012/3-", "CTOC/COP/WG.3/2012/4"));
        assertEquals("ends here. Next", h.join("ends here.", "Next"));
    }
}
