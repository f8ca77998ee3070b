package org.reconnect.security.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResetRequestLimitTest {

    private static final Instant T = Instant.parse("2026-12-02T10:00:00Z");

    /** Asks as often as the limit lets, once a minute from T; the requests that were answered. */
    private static List<Instant> askTimes(int times, int limit) {
        List<Instant> answered = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            Instant at = T.plus(Duration.ofMinutes(i));
            if (ResetRequestLimit.hasRoom(answered, limit, at)) {
                answered = ResetRequestLimit.after(answered, at);
            }
        }
        return answered;
    }

    @Test
    void threeLinksPerEmailWithinAnHour() {
        List<Instant> answered = askTimes(10, ResetRequestLimit.PER_EMAIL);

        assertEquals(List.of(T, T.plusSeconds(60), T.plusSeconds(120)), answered);
        assertFalse(ResetRequestLimit.hasRoom(answered, ResetRequestLimit.PER_EMAIL, T.plus(Duration.ofMinutes(59))));
    }

    @Test
    void tenRequestsPerAddressWithinAnHour() {
        assertEquals(10, askTimes(30, ResetRequestLimit.PER_ADDRESS).size());
    }

    @Test
    void aRequestOverTheLimitDoesNotPushTheLimitOut() {
        // asked every minute for an hour: only the first three count, so the fourth link goes out
        // exactly an hour after the first, however often someone asked in between
        List<Instant> answered = askTimes(60, ResetRequestLimit.PER_EMAIL);
        Instant anHourOn = T.plus(ResetRequestLimit.WINDOW);

        assertTrue(ResetRequestLimit.hasRoom(answered, ResetRequestLimit.PER_EMAIL, anHourOn));
        assertEquals(List.of(T.plusSeconds(60), T.plusSeconds(120), anHourOn), ResetRequestLimit.after(answered, anHourOn));
    }

    @Test
    void requestsOlderThanAnHourNoLongerCount() {
        List<Instant> old = List.of(T, T.plusSeconds(1), T.plusSeconds(2));

        assertEquals(List.of(T.plusSeconds(2)), ResetRequestLimit.counting(old, T.plus(Duration.ofHours(1)).plusSeconds(1)));
        assertEquals(3, ResetRequestLimit.counting(old, T.plus(Duration.ofMinutes(59))).size());
    }

    @Test
    void emailsAndAddressesAreCountedApartAndNeverStoredAsTyped() {
        String email = ResetRequestLimit.emailSubject("alex@demo.test");

        assertEquals(64, email.length());
        assertFalse(email.contains("alex"));
        assertNotEquals(email, ResetRequestLimit.addressSubject("alex@demo.test"));
        assertEquals(email, ResetRequestLimit.emailSubject("alex@demo.test"));
    }

    @Test
    void anIpv6NetworkCountsAsOneAddress() {
        assertEquals(ResetRequestLimit.addressSubject("2001:db8:1:2::10"), ResetRequestLimit.addressSubject("2001:db8:1:2:ffff::1"));
        assertNotEquals(ResetRequestLimit.addressSubject("2001:db8:1:2::10"), ResetRequestLimit.addressSubject("2001:db8:1:3::10"));
    }
}
