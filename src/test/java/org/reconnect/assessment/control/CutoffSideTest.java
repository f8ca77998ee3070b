package org.reconnect.assessment.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which side of the cutoff a score lies on, and whether that is the distressed range, for both
 * directions: the Connection Check (higher is better, cutoff c = 27 from its populations) and
 * the small definition turned round (higher is worse, its own cutoff 9).
 */
class CutoffSideTest {

    private final Instrument check = Definitions.bundled("connection-check");
    private final Instrument worse = Definitions.parsed(Definitions.SMALL.replace("higher-is-better", "higher-is-worse"));

    private static CutoffSide side(Instrument instrument, String score) {
        return CutoffSide.of(instrument, new BigDecimal(score)).orElseThrow();
    }

    @Test
    void higherIsBetterBelowTheCutoffIsDistressed() {
        CutoffSide side = side(check, "26");

        assertEquals(new BigDecimal("27.00"), side.cutoff());
        assertEquals(CutoffSide.Position.BELOW, side.position());
        assertTrue(side.distressed());
        assertEquals("cutoff.BELOW.distressed", side.messageKey());
    }

    @Test
    void higherIsBetterAboveTheCutoffIsNotDistressed() {
        CutoffSide side = side(check, "28");

        assertEquals(CutoffSide.Position.ABOVE, side.position());
        assertEquals("cutoff.ABOVE.notDistressed", side.messageKey());
    }

    @Test
    void higherIsWorseAboveTheCutoffIsDistressed() {
        assertEquals("cutoff.ABOVE.distressed", side(worse, "10").messageKey());
        assertEquals("cutoff.BELOW.notDistressed", side(worse, "8").messageKey());
    }

    @Test
    void exactlyAtTheCutoffCountsAsNotDistressedInBothDirections() {
        // 27 and 27.00 are the same score: compared by value, not by scale
        assertEquals("cutoff.AT.notDistressed", side(check, "27").messageKey());
        assertEquals("cutoff.AT.notDistressed", side(worse, "9.00").messageKey());
    }

    @Test
    void theRuleAgreesWithRecovery() {
        // recovery means reaching the not-distressed side; the words must never say otherwise
        for (int score = 0; score <= 48; score++) {
            BigDecimal total = BigDecimal.valueOf(score);
            boolean functional = ReliableChange.functional(check, total, check.effectiveCutoff().orElseThrow());
            assertEquals(!functional, side(check, String.valueOf(score)).distressed(), "score " + score);
        }
    }

    @Test
    void aMeanScoreIsComparedExactly() {
        Instrument mean = Definitions.parsed("""
                {"code": "mean", "version": 1, "title": "Mean", "licence": "test", "direction": "higher-is-better",
                 "scale": [{"value": 0, "label": "0"}, {"value": 4, "label": "4"}],
                 "items": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}],
                 "total": {"method": "mean"},
                 "bands": [{"from": 0, "to": 2.49, "label": "Low", "severity": "moderate"},
                           {"from": 2.5, "to": 4, "label": "High", "severity": "none"}],
                 "cutoff": 2.5, "reliability": 0.8, "normativeSd": 1}
                """);

        assertEquals("cutoff.BELOW.distressed", side(mean, "2.49").messageKey());
        assertEquals("cutoff.AT.notDistressed", side(mean, "2.50").messageKey());
    }

    @Test
    void noCutoffNoSide() {
        Instrument none = Definitions.parsed(Definitions.SMALL.replace("\"cutoff\": 9,", ""));

        assertEquals(Optional.empty(), CutoffSide.of(none, BigDecimal.TEN));
    }
}
