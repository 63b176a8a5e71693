package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RecognisersTest {
    /** A recogniser that only declares what it provides and needs. */
    private record Fake(String name, Set<ContextFact> provides, Set<ContextFact> needs) implements Recognizer {
        @Override
        public void recognise(ReportContext ctx) {
        }
    }

    private static List<String> names(List<Recognizer> rs) {
        return rs.stream().map(Recognizer::name).toList();
    }

    @Test
    void aRecogniserRunsAfterWhatProvidesItsNeedsAndTiesKeepTheListedOrder() {
        Fake citations = new Fake("citations", Set.of(), Set.of(ContextFact.ACTS, ContextFact.ARTICLES));
        Fake acts = new Fake("acts", Set.of(ContextFact.ACTS), Set.of(ContextFact.CONFERENCE));
        Fake attendance = new Fake("attendance", Set.of(), Set.of(ContextFact.MEETINGS));
        Fake meetings = new Fake("meetings", Set.of(ContextFact.MEETINGS, ContextFact.CONFERENCE), Set.of());
        Fake articles = new Fake("articles", Set.of(ContextFact.ARTICLES), Set.of());
        assertEquals(List.of("meetings", "acts", "attendance", "articles", "citations"),
                names(Recognisers.order(List.of(citations, acts, attendance, meetings, articles))));
    }

    @Test
    void aCycleIsRefusedNamingItsRecognisers() {
        Fake a = new Fake("acts", Set.of(ContextFact.ACTS), Set.of(ContextFact.ARTICLES));
        Fake b = new Fake("articles", Set.of(ContextFact.ARTICLES), Set.of(ContextFact.ACTS));
        Fake free = new Fake("meetings", Set.of(ContextFact.MEETINGS), Set.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Recognisers.order(List.of(a, free, b)));
        assertTrue(e.getMessage().contains("cycle") && e.getMessage().contains("acts, articles") && !e.getMessage().contains("meetings"), e.getMessage());
    }

    @Test
    void aNeedNobodyProvidesIsRefusedNamingIt() {
        Fake statements = new Fake("statements", Set.of(), Set.of(ContextFact.AGENDA_HEADINGS));
        Fake meetings = new Fake("meetings", Set.of(ContextFact.MEETINGS), Set.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Recognisers.order(List.of(meetings, statements)));
        assertTrue(e.getMessage().startsWith("statements needs [AGENDA_HEADINGS]"), e.getMessage());
    }

    @Test
    void theRegisteredRecognisersRunStructureAndMeetingsFirstAndCitationsLast() {
        List<String> order = names(Recognisers.all());
        assertEquals(List.of("StructureWriter", "MeetingRecognizer"), order.subList(0, 2));
        assertEquals("ResolutionCitationRecognizer", order.get(order.size() - 1));
        assertTrue(order.indexOf("AgendaRecognizer") < order.indexOf("StatementRecognizer"), order.toString());
        assertTrue(order.indexOf("ActRecognizer") < order.indexOf("MandateRecognizer"), order.toString());
    }
}
