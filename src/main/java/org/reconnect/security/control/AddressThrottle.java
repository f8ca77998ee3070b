package org.reconnect.security.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The throttle on failed sign-ins per client address, beside the per-account {@link Lockout}:
 * it is what stops one address from trying one common password against many accounts (password
 * spraying), whether or not the emails exist.
 *
 * <p>The first {@value #FREE_FAILURES} failures within an hour cost nothing (a clinic may sign in
 * from one address). After that each failure makes the address wait before its next attempt,
 * twice as long each time: 1 s, 2 s, 4 s, … up to 5 minutes. An attempt made while the address
 * waits is refused before any password is checked and does not count. IPv6 addresses count by
 * their /64 network, which one machine usually holds whole.
 */
public final class AddressThrottle {

    public static final int FREE_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** Failures kept per address: enough to know the wait, bounded whatever an attacker does. */
    static final int KEPT = 64;

    private AddressThrottle() {
    }

    /** The failures inside the window, oldest first, and when the address may try again. */
    public record State(List<Instant> recentFailures, Instant waitUntil) {

        public static final State CLEAN = new State(List.of(), null);

        public State {
            recentFailures = List.copyOf(recentFailures);
        }

        /** How long the address must still wait at {@code now}; zero when it may try. */
        public Duration waitAt(Instant now) {
            return waitUntil == null || !waitUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, waitUntil);
        }

        /** The failures as stored: epoch seconds, comma-separated. */
        public String failuresText() {
            return Lockout.State.text(recentFailures);
        }
    }

    /** The state after one more failed sign-in from the address at {@code now}. */
    public static State afterFailure(State state, Instant now) {
        if (!state.waitAt(now).isZero()) {
            return state;   // refused before the check: never counted (the gate should not let it through)
        }
        List<Instant> recent = new ArrayList<>();
        for (Instant failure : state.recentFailures()) {
            if (failure.plus(WINDOW).isAfter(now)) {
                recent.add(failure);
            }
        }
        recent.add(now);
        if (recent.size() > KEPT) {
            recent = recent.subList(recent.size() - KEPT, recent.size());
        }
        int beyond = recent.size() - FREE_FAILURES;
        return new State(recent, beyond > 0 ? now.plus(waitAfter(beyond)) : null);
    }

    /** Whether this failure is the one that started the address waiting (audited once). */
    public static boolean startsThrottling(State after) {
        return after.recentFailures().size() == FREE_FAILURES + 1;
    }

    /** The wait after the n-th failure beyond the free ones: 1 s, 2 s, 4 s, … at most 5 minutes. */
    static Duration waitAfter(int beyond) {
        if (beyond >= 20) {
            return LONGEST_WAIT;
        }
        Duration wait = Duration.ofSeconds(1L << (beyond - 1));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * The key an address is counted under: an IPv4 address as it is, an IPv6 address by its /64
     * network ("2001:db8:1:2::/64"); anything else as given (at most 45 characters).
     */
    public static String key(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String plain = address.strip();
        if (plain.startsWith("[") && plain.endsWith("]")) {
            plain = plain.substring(1, plain.length() - 1);
        }
        int zone = plain.indexOf('%');
        if (zone >= 0) {
            plain = plain.substring(0, zone);
        }
        if (plain.indexOf(':') >= 0 && plain.matches("[0-9A-Fa-f:.]+")) {
            try {
                byte[] bytes = InetAddress.getByName(plain).getAddress();
                if (bytes.length == 16) {
                    StringBuilder prefix = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                    }
                    return prefix.append(":/64").toString();
                }
                return InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // fall through: counted as given
            }
        }
        return plain.length() > 45 ? plain.substring(0, 45) : plain;
    }
}
