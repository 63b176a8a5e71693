package org.ctockg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The parallel reading machinery: order, bounded memory, failures, progress lines, file stamps. */
class IngestTest {

    @Test
    void resultsComeInInputOrderWithAtMostTheWindowWaiting() {
        List<Integer> inputs = IntStream.range(0, 500).boxed().toList();
        AtomicInteger unconsumed = new AtomicInteger();
        AtomicInteger mostUnconsumed = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        new OrderedPipeline(3, 6).run(inputs, i -> {
            mostUnconsumed.accumulateAndGet(unconsumed.incrementAndGet(), Math::max);
            return i * 2;
        }, r -> {
            unconsumed.decrementAndGet();
            seen.add(r);
        });
        assertEquals(inputs.stream().map(i -> i * 2).toList(), seen);
        assertTrue(mostUnconsumed.get() <= 6, "at most the window is held: " + mostUnconsumed.get());
    }

    @Test
    void aFailureOfTheWorkStopsTheRunWithItsOwnException() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new OrderedPipeline(2, 4).run(List.of(1, 2, 3, 4),
                i -> {
                    if (i == 3) {
                        throw new IllegalStateException("three");
                    }
                    return i;
                }, r -> { }));
        assertEquals("three", e.getMessage());
    }

    @Test
    void progressTellsReportsRateAndTimeLeft() throws InterruptedException {
        Progress p = Progress.silent("db", 10);
        for (int i = 0; i < 5; i++) {
            p.step();
        }
        Thread.sleep(50);
        String line = p.line(System.nanoTime());
        assertTrue(line.startsWith("db: 5/10 reports, "), line);
        assertTrue(line.contains(" reports/s, ") && line.endsWith(" left"), line);
        assertTrue(p.summary().startsWith("5 reports in "), p.summary());
        assertEquals("3 min 12 s", Progress.duration(192));
        assertEquals("1 h 5 min", Progress.duration(3900));
    }

    @Test
    void aStampTakenRightAfterTheFileChangedCannotVouchForIt() {
        Instant modified = Instant.parse("2026-01-01T10:00:00Z");
        assertTrue(new FileStamp(10, modified, modified.plusSeconds(60)).trusted());
        assertTrue(!new FileStamp(10, modified, modified.plusMillis(500)).trusted(), "racy: the same tick may hold another change");
        FileStamp recorded = new FileStamp(10, modified, modified.plusSeconds(60));
        assertTrue(new FileStamp(10, modified, modified.plusSeconds(600)).sameAs(recorded));
        assertTrue(!new FileStamp(11, modified, modified.plusSeconds(600)).sameAs(recorded), "another size");
        assertTrue(!new FileStamp(10, modified.plusNanos(1), modified.plusSeconds(600)).sameAs(recorded), "another time");
    }
}
