package org.ctockg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MastheadTest {

    private static Masthead of(String text) {
        return Masthead.read(ReportParser.parse("r.txt", text).masthead());
    }

    @Test
    void aMastheadInTwoColumns() {
        Masthead m = of("""
                United Nations                                                CTOC/COP/WG.6/2017/4
                Conference of the Parties to the                              Distr.: General
                United Nations Convention against                             23 June 2017
                Transnational Organized Crime                                 Original: English

                Report on the meeting of the Working Group on Firearms held in Vienna on 8 and 9 May 2017

                I. Introduction
                """);
        assertEquals("CTOC/COP/WG.6/2017/4", m.symbol());
        assertEquals(LocalDate.of(2017, 6, 23), m.distributed());
        assertEquals("Report on the meeting of the Working Group on Firearms held in Vienna on 8 and 9 May 2017", m.title());
        assertTrue(m.names().replace('\n', ' ').contains("Conference of the Parties to the United Nations Convention against Transnational Organized Crime"),
                m.names());
    }

    @Test
    void aMastheadRunOnIntoOneLine() {
        Masthead m = of("United Nations CAC/COSP/2019/5 Conference of the States Parties Distr.: General 23 September 2019 to the United Nations "
                + "Original: English Convention against Corruption Eighth session Abu Dhabi, 16\u201320 December 2019 Item 5 of the provisional agenda "
                + "Progress on the implementation of the activities of the Working Group I. Introduction 1. In its resolution 1/4, the Conference "
                + "established the Working Group.\n");
        assertEquals("CAC/COSP/2019/5", m.symbol());
        assertEquals(LocalDate.of(2019, 9, 23), m.distributed());
        assertEquals(List.of("Abu Dhabi, 16\u201320 December 2019"), m.placeLines());
        assertTrue(m.names().contains("Conference of the States Parties to the United Nations Convention against Corruption"), m.names());
    }

    @Test
    void aTitleInsideALineEndsWithItsDays() {
        Masthead m = of("Working Group of Government Experts on Technical Assistance Vienna, 17 and 18 October 2012 Report on the meeting of "
                + "the Working Group of Government Experts on Technical Assistance held in Vienna on 17 and 18 October 2012 I. Introduction "
                + "1. The Working Group met.\n");
        assertEquals("Report on the meeting of the Working Group of Government Experts on Technical Assistance held in Vienna on 17 and 18 October 2012",
                m.title());
    }
}
