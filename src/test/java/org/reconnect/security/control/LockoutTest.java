package org.reconnect.security.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockoutTest {

    private static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

    private static Instant at(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }

    private static Lockout.State fail(Lockout.State state, Instant at, int times) {
        Lockout.State s = state;
        for (int i = 0; i < times; i++) {
            s = Lockout.afterFailure(s, at);
        }
        return s;
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        Lockout.State four = fail(Lockout.State.CLEAN, T, 4);
        assertFalse(four.lockedAt(T));
        assertEquals(4, four.recentFailures().size());

        Lockout.State locked = Lockout.afterFailure(four, at(14));

        assertTrue(locked.lockedAt(at(14)));
        assertTrue(locked.lockedAt(at(28)));
        assertFalse(locked.lockedAt(at(29)), "15 minutes after the fifth failure");
    }

    @Test
    void failuresOlderThanFifteenMinutesNoLongerCount() {
        Lockout.State four = fail(Lockout.State.CLEAN, T, 4);

        Lockout.State later = Lockout.afterFailure(four, at(15));

        assertFalse(later.lockedAt(at(15)));
        assertEquals(List.of(at(15)), later.recentFailures());
    }

    @Test
    void theWindowSlides() {
        // one at 10:00, three at 10:14, then two at 10:16: five within 10:01..10:16
        Lockout.State s = Lockout.afterFailure(Lockout.State.CLEAN, T);
        s = fail(s, at(14), 3);
        assertFalse(s.lockedAt(at(14)));
        s = Lockout.afterFailure(s, at(16));
        assertFalse(s.lockedAt(at(16)), "the 10:00 failure has left the window: four remain");
        s = Lockout.afterFailure(s, at(16));

        assertTrue(s.lockedAt(at(16)));
    }

    @Test
    void attemptsWhileLockedDoNotLengthenTheLock() {
        Lockout.State locked = fail(Lockout.State.CLEAN, T, 5);
        Lockout.State again = fail(locked, at(10), 20);

        assertEquals(locked, again);
        assertFalse(again.lockedAt(at(15)));
    }

    @Test
    void afterALockRunsOutTheCountStartsAgain() {
        Lockout.State locked = fail(Lockout.State.CLEAN, T, 5);

        Lockout.State next = Lockout.afterFailure(locked, at(16));

        assertEquals(1, next.recentFailures().size());
        assertFalse(next.lockedAt(at(16)));
    }

    @Test
    void theStoredFormRoundTrips() {
        Lockout.State s = fail(Lockout.State.CLEAN, T, 3);

        assertEquals(s.recentFailures(), Lockout.State.parse(s.failuresText()));
        assertEquals(List.of(), Lockout.State.parse(""));
        assertEquals(List.of(), Lockout.State.parse("x,,"));
    }
}
