package org.reconnect.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lockout rule: 5 failed logins within any 15 minutes lock the account for 15 minutes. The
 * window slides: it is always the 15 minutes before the latest failure.
 */
public final class Lockout {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    private Lockout() {
    }

    /** The failures still inside the window, oldest first, and the lock, if any. */
    public record State(List<Instant> recentFailures, Instant lockedUntil) {

        public static final State CLEAN = new State(List.of(), null);

        public State {
            recentFailures = List.copyOf(recentFailures);
        }

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        /** The failures as stored: epoch seconds, comma-separated. */
        public String failuresText() {
            return text(recentFailures);
        }

        /** Instants as stored: epoch seconds, comma-separated. */
        public static String text(List<Instant> instants) {
            return instants.stream().map(i -> String.valueOf(i.getEpochSecond())).collect(Collectors.joining(","));
        }

        public static List<Instant> parse(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return Arrays.stream(text.split(",")).map(String::strip).filter(s -> s.matches("\\d{1,12}"))
                    .map(s -> Instant.ofEpochSecond(Long.parseLong(s))).toList();
        }
    }

    /** The state after one more failure at {@code now}. */
    public static State afterFailure(State state, Instant now) {
        if (state.lockedAt(now)) {
            // while locked, attempts neither count nor lengthen the lock
            return state;
        }
        List<Instant> recent = new ArrayList<>();
        for (Instant failure : state.recentFailures()) {
            if (failure.plus(WINDOW).isAfter(now)) {
                recent.add(failure);
            }
        }
        recent.add(now);
        if (recent.size() >= MAX_FAILURES) {
            return new State(List.of(), now.plus(LOCK));
        }
        return new State(recent, null);
    }
}
