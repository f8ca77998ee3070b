package org.reconnect.assessment.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-computed with the Connection Check's figures: SD 7, r 0.85, so
 * S_diff = √2 · 7 · √0.15 = 7 · √0.3 = 3.834058; a reliable change needs 1.96 · 3.834 = 7.51
 * points. Its populations (clinical 20 ± 6, functional 34 ± 6) give a = 32, b = 22, c = 27.
 */
class ReliableChangeTest {

    private static final double EXACT = 1e-6;
    private final Instrument check = Definitions.bundled("connection-check");

    @Test
    void theStandardErrorOfTheDifference() {
        assertEquals(3.834058, ReliableChange.standardErrorOfDifference(check), EXACT);
    }

    @Test
    void rciUpAndDown() {
        assertEquals(3.129843, ReliableChange.index(check, big(18), big(30)), EXACT);
        assertEquals(-2.608202, ReliableChange.index(check, big(30), big(20)), EXACT);
        assertEquals(0, ReliableChange.index(check, big(22), big(22)), EXACT);
    }

    @Test
    void aReliableImprovementThatCrossesTheCutoffIsRecovery() {
        ReliableChange.Change change = ReliableChange.between(check, big(18), big(30));

        assertEquals(ReliableChange.Category.RECOVERED, change.category());
    }

    @Test
    void aReliableImprovementThatStaysBelowTheCutoff() {
        // 8 / 3.834 = 2.087; 26 is still below c = 27
        assertEquals(ReliableChange.Category.RELIABLE_IMPROVEMENT, ReliableChange.between(check, big(18), big(26)).category());
        // starting on the functional side there is nothing to recover from
        assertEquals(ReliableChange.Category.RELIABLE_IMPROVEMENT, ReliableChange.between(check, big(28), big(40)).category());
    }

    @Test
    void lessThanTheCriterionIsNoReliableChange() {
        // 7 / 3.834 = 1.826 < 1.96, both ways
        assertEquals(ReliableChange.Category.NO_RELIABLE_CHANGE, ReliableChange.between(check, big(18), big(25)).category());
        assertEquals(ReliableChange.Category.NO_RELIABLE_CHANGE, ReliableChange.between(check, big(25), big(18)).category());
    }

    @Test
    void aReliableDropWhenHigherIsBetterIsDeterioration() {
        ReliableChange.Change change = ReliableChange.between(check, big(30), big(20));

        assertEquals(ReliableChange.Category.RELIABLE_DETERIORATION, change.category());
    }

    @Test
    void whenHigherIsWorseTheDirectionsTurn() {
        Instrument worse = Definitions.parsed(Definitions.SMALL.replace("higher-is-better", "higher-is-worse"));
        // S_diff = √2 · 3 · √0.2 = 1.897367; cutoff 9, functional at or below it
        assertEquals(1.897367, ReliableChange.standardErrorOfDifference(worse), EXACT);
        assertEquals(ReliableChange.Category.RECOVERED, ReliableChange.between(worse, big(14), big(9)).category());
        assertEquals(ReliableChange.Category.RELIABLE_IMPROVEMENT, ReliableChange.between(worse, big(16), big(12)).category());
        assertEquals(ReliableChange.Category.RELIABLE_DETERIORATION, ReliableChange.between(worse, big(9), big(13)).category());
        // 3 / 1.897 = 1.581
        assertEquals(ReliableChange.Category.NO_RELIABLE_CHANGE, ReliableChange.between(worse, big(12), big(9)).category());
    }

    @Test
    void cutoffsFromPopulations() {
        ReliableChange.Cutoffs cutoffs = ReliableChange.cutoffs(check).orElseThrow();

        assertEquals(32, cutoffs.a(), EXACT);
        assertEquals(22, cutoffs.b(), EXACT);
        assertEquals(27, cutoffs.c(), EXACT);
        assertEquals(new BigDecimal("27.00"), check.effectiveCutoff().orElseThrow());
    }

    @Test
    void cutoffsWithUnequalSpreadsWhenHigherIsWorse() {
        Instrument worse = Definitions.parsed(Definitions.SMALL.replace("higher-is-better", "higher-is-worse")
                .replace("\"cutoff\": 9,", "\"populations\": {\"clinical\": {\"mean\": 30, \"sd\": 5},"
                        + " \"functional\": {\"mean\": 10, \"sd\": 3}},"));

        ReliableChange.Cutoffs cutoffs = ReliableChange.cutoffs(worse).orElseThrow();

        // a = 30 - 2·5 = 20; b = 10 + 2·3 = 16; c = (5·10 + 3·30) / (5 + 3) = 17.5
        assertEquals(20, cutoffs.a(), EXACT);
        assertEquals(16, cutoffs.b(), EXACT);
        assertEquals(17.5, cutoffs.c(), EXACT);
        assertEquals(new BigDecimal("17.50"), worse.effectiveCutoff().orElseThrow());
    }

    @Test
    void withoutCutoffOrPopulationsThereIsNoRecovery() {
        Instrument pulse = Definitions.bundled("step-pulse");

        assertTrue(pulse.effectiveCutoff().isEmpty());
        // S_diff = √2 · 0.8 · √0.25 = 0.565685; 2 -> 4.33 is 4.12
        assertEquals(ReliableChange.Category.RELIABLE_IMPROVEMENT,
                ReliableChange.between(pulse, new BigDecimal("2.00"), new BigDecimal("4.33")).category());
    }

    @Test
    void partnersAtOrAboveTheThresholdApartAreDiscrepant() {
        assertTrue(ReliableChange.discrepant(check, big(14), big(24)));
        assertTrue(ReliableChange.discrepant(check, big(36), big(14)));
        assertFalse(ReliableChange.discrepant(check, big(14), big(23)));
    }

    private static BigDecimal big(int n) {
        return BigDecimal.valueOf(n);
    }
}
