package org.reconnect.security.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockoutTest {

    private static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

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
        assertEquals(4, four.failures());

        Lockout.State locked = Lockout.afterFailure(four, T.plus(Duration.ofMinutes(14)));

        assertTrue(locked.lockedAt(T.plus(Duration.ofMinutes(14))));
        assertTrue(locked.lockedAt(T.plus(Duration.ofMinutes(28))));
        assertFalse(locked.lockedAt(T.plus(Duration.ofMinutes(29))), "15 minutes after the fifth failure");
    }

    @Test
    void failuresOlderThanTheWindowStartANewCount() {
        Lockout.State four = fail(Lockout.State.CLEAN, T, 4);

        Lockout.State later = Lockout.afterFailure(four, T.plus(Duration.ofMinutes(15)));

        assertFalse(later.lockedAt(T.plus(Duration.ofMinutes(15))));
        assertEquals(1, later.failures());
    }

    @Test
    void attemptsWhileLockedDoNotLengthenTheLock() {
        Lockout.State locked = fail(Lockout.State.CLEAN, T, 5);
        Lockout.State again = fail(locked, T.plus(Duration.ofMinutes(10)), 20);

        assertEquals(locked, again);
        assertFalse(again.lockedAt(T.plus(Duration.ofMinutes(15))));
    }

    @Test
    void afterALockRunsOutTheCountStartsAgain() {
        Lockout.State locked = fail(Lockout.State.CLEAN, T, 5);

        Lockout.State next = Lockout.afterFailure(locked, T.plus(Duration.ofMinutes(16)));

        assertEquals(1, next.failures());
        assertFalse(next.lockedAt(T.plus(Duration.ofMinutes(16))));
    }
}
