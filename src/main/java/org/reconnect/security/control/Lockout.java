package org.reconnect.security.control;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout rule: 5 failed logins within 15 minutes lock the account for 15 minutes. Failures
 * older than the window start a new count; a lock that has run out counts as none.
 */
public final class Lockout {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    private Lockout() {
    }

    /** An account's failures so far, and the lock, if any. */
    public record State(int failures, Instant firstFailureAt, Instant lockedUntil) {

        public static final State CLEAN = new State(0, null, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /** The state after one more failure at {@code now}. */
    public static State afterFailure(State state, Instant now) {
        if (state.lockedAt(now)) {
            // while locked, attempts neither count nor lengthen the lock
            return state;
        }
        boolean fresh = state.firstFailureAt() == null || !state.firstFailureAt().plus(WINDOW).isAfter(now);
        int failures = fresh ? 1 : state.failures() + 1;
        Instant first = fresh ? now : state.firstFailureAt();
        if (failures >= MAX_FAILURES) {
            return new State(0, null, now.plus(LOCK));
        }
        return new State(failures, first, null);
    }
}
