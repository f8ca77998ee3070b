package org.reconnect.assessment.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScoringTest {

    private final Instrument small = Definitions.small();

    @Test
    void aReverseItemIsMirroredAgainstItsOwnRange() {
        Instrument.Item b = small.item("b").orElseThrow();
        Instrument.Item d = small.item("d").orElseThrow();

        // b runs 0..4: 4 - answer; d runs 1..5: 6 - answer
        assertEquals(4, Scoring.scoredValue(b, 0));
        assertEquals(3, Scoring.scoredValue(b, 1));
        assertEquals(0, Scoring.scoredValue(b, 4));
        assertEquals(5, Scoring.scoredValue(d, 1));
        assertEquals(2, Scoring.scoredValue(d, 4));
        assertEquals(3, Scoring.scoredValue(small.item("c").orElseThrow(), 3));
    }

    @Test
    void sumAndMeanSubscalesAndTheTotal() {
        // scored: a 3, b 4-1 = 3, c 2, d 6-4 = 2
        Scoring.Score score = Scoring.score(small, Map.of("a", 3, "b", 1, "c", 2, "d", 4));

        assertEquals(new BigDecimal("6"), score.subscales().get("first"));
        assertEquals(new BigDecimal("2.00"), score.subscales().get("second"));
        // (3 + 3 + 2) / 3 = 2.666.. kept to two places, half up
        assertEquals(new BigDecimal("2.67"), score.subscales().get("third"));
        assertEquals(new BigDecimal("10"), score.total());
        assertEquals("Middle", score.band().label());
    }

    @Test
    void aMeanRoundsHalfUp() {
        // a 1, b 4-4 = 0, c 1: (1 + 0 + 1) / 3 = 0.666.. -> 0.67
        assertEquals(new BigDecimal("0.67"), Scoring.score(small, Map.of("a", 1, "b", 4, "c", 1, "d", 5)).subscales().get("third"));
        // (1 + 1 + 2) / 3 = 1.333.. -> 1.33
        assertEquals(new BigDecimal("1.33"), Scoring.score(small, Map.of("a", 1, "b", 3, "c", 2, "d", 5)).subscales().get("third"));
        // (c 1 + d 6-2=4) / 2 = 2.5
        assertEquals(new BigDecimal("2.50"), Scoring.score(small, Map.of("a", 1, "b", 3, "c", 1, "d", 2)).subscales().get("second"));
    }

    @Test
    void bandEdgesAreInclusive() {
        assertEquals("Low", band(8));
        assertEquals("Middle", band(9));
        assertEquals("Middle", band(14));
        assertEquals("High", band(15));
        assertEquals("Low", band(2));
        assertEquals("High", band(18));
    }

    private String band(int total) {
        return Scoring.band(small, BigDecimal.valueOf(total)).orElseThrow().label();
    }

    @Test
    void theRangeOfPossibleTotals() {
        assertEquals(new BigDecimal("2"), Scoring.lowest(small, small.total()));
        assertEquals(new BigDecimal("18"), Scoring.highest(small, small.total()));
    }

    @Test
    void aMissingOrForeignAnswerHasNoScore() {
        Map<String, Integer> missing = new HashMap<>(Map.of("a", 1, "b", 1, "c", 1));
        assertThrows(IllegalArgumentException.class, () -> Scoring.score(small, missing));
        assertThrows(IllegalArgumentException.class, () -> Scoring.score(small, Map.of("a", 1, "b", 1, "c", 0, "d", 1)));
    }

    @Test
    void theConnectionCheckReversesItsFiveDistanceItems() {
        Instrument check = Definitions.bundled("connection-check");
        Map<String, Integer> allNever = new HashMap<>();
        check.items().forEach(i -> allNever.put(i.id(), 0));

        Scoring.Score score = Scoring.score(check, allNever);

        // q2, q4, q6, q9 and q11 are reversed: 5 x 4
        assertEquals(new BigDecimal("20"), score.total());
        assertEquals("Noticeable distance", score.band().label());
        // answered: q1 0, q7 0, q9 4, q11 4 -> 2.00
        assertEquals(new BigDecimal("2.00"), score.subscales().get("answered"));
        // known: q3 0, q4 4, q5 0, q10 0 -> 1.00; close: q2 4, q6 4, q8 0, q12 0 -> 2.00
        assertEquals(new BigDecimal("1.00"), score.subscales().get("known"));
        assertEquals(new BigDecimal("2.00"), score.subscales().get("close"));
    }

    @Test
    void theStepPulseIsAMean() {
        Instrument pulse = Definitions.bundled("step-pulse");

        Scoring.Score score = Scoring.score(pulse, Map.of("p1", 2, "p2", 3, "p3", 2));

        // 7 / 3 = 2.333.. -> 2.33, in "Struggling" (1 to 2.49)
        assertEquals(new BigDecimal("2.33"), score.total());
        assertEquals("Struggling", score.band().label());
        assertEquals("Mixed", Scoring.band(pulse, new BigDecimal("2.50")).orElseThrow().label());
        assertEquals("Going well", Scoring.band(pulse, new BigDecimal("3.50")).orElseThrow().label());
    }
}
