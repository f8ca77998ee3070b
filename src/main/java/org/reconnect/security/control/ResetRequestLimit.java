package org.reconnect.security.control;

import org.reconnect.shared.entity.Sha256;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How often "forgot password" sends a link: at most {@value #PER_EMAIL} mails to one email and
 * {@value #PER_ADDRESS} from one client address within any hour. Enough for a person who asks
 * again because the first mail is slow; not enough to fill someone's mailbox, or to ask for links
 * to every email of a clinic from one address.
 *
 * <p>The same rule holds for every email typed, whether or not an account uses it, so the limit
 * tells nobody which emails exist. Only requests that were answered with a mail count: a request
 * over the limit gets the same page, sends nothing, and does not push the limit further out, so
 * nobody can keep a person from resetting their password by asking over and over.
 */
public final class ResetRequestLimit {

    public static final int PER_EMAIL = 3;
    public static final int PER_ADDRESS = 10;
    public static final Duration WINDOW = Duration.ofHours(1);

    private ResetRequestLimit() {
    }

    /** Why a request was not answered with a mail. */
    public enum Limited {
        EMAIL,
        ADDRESS
    }

    /** The requests of one email or one address that still count at {@code now}, oldest first. */
    public static List<Instant> counting(List<Instant> requests, Instant now) {
        List<Instant> recent = new ArrayList<>();
        for (Instant request : requests) {
            if (request.plus(WINDOW).isAfter(now)) {
                recent.add(request);
            }
        }
        return List.copyOf(recent);
    }

    /** Whether a list with these requests may take one more at {@code now}. */
    public static boolean hasRoom(List<Instant> requests, int limit, Instant now) {
        return counting(requests, now).size() < limit;
    }

    /** The requests that count after one more, answered at {@code now}. */
    public static List<Instant> after(List<Instant> requests, Instant now) {
        List<Instant> recent = new ArrayList<>(counting(requests, now));
        recent.add(now);
        return List.copyOf(recent);
    }

    /** The subject a request is counted under: one per email, one per client address (IPv6 by /64). */
    public static String emailSubject(String email) {
        return Sha256.hex("email:" + email);
    }

    /** See {@link #emailSubject}; the address as {@link AddressThrottle#key} counts it. */
    public static String addressSubject(String address) {
        return Sha256.hex("address:" + AddressThrottle.key(address));
    }
}
