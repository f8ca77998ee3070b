package org.reconnect.security.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressThrottleTest {

    private static final Instant T = Instant.parse("2026-12-02T10:00:00Z");

    private static AddressThrottle.State fail(AddressThrottle.State state, int times, Instant at) {
        AddressThrottle.State s = state;
        for (int i = 0; i < times; i++) {
            s = AddressThrottle.afterFailure(s, at);
        }
        return s;
    }

    @Test
    void tenFailuresWithinAnHourCostNothing() {
        AddressThrottle.State ten = fail(AddressThrottle.State.CLEAN, 10, T);
        assertEquals(Duration.ZERO, ten.waitAt(T));
        assertFalse(AddressThrottle.startsThrottling(ten));
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        AddressThrottle.State eleven = fail(AddressThrottle.State.CLEAN, 11, T);
        assertTrue(AddressThrottle.startsThrottling(eleven));
        assertEquals(Duration.ofSeconds(1), eleven.waitAt(T));

        AddressThrottle.State twelve = AddressThrottle.afterFailure(eleven, T.plusSeconds(1));
        assertFalse(AddressThrottle.startsThrottling(twelve), "audited once, when the waiting starts");
        assertEquals(Duration.ofSeconds(2), twelve.waitAt(T.plusSeconds(1)));

        AddressThrottle.State thirteen = AddressThrottle.afterFailure(twelve, T.plusSeconds(3));
        assertEquals(Duration.ofSeconds(4), thirteen.waitAt(T.plusSeconds(3)));
    }

    @Test
    void theWaitStopsGrowingAtFiveMinutes() {
        assertEquals(Duration.ofSeconds(256), AddressThrottle.waitAfter(9));
        assertEquals(Duration.ofMinutes(5), AddressThrottle.waitAfter(10));
        assertEquals(Duration.ofMinutes(5), AddressThrottle.waitAfter(40));
    }

    @Test
    void anAttemptWhileWaitingIsNotCounted() {
        AddressThrottle.State eleven = fail(AddressThrottle.State.CLEAN, 11, T);
        assertSame(eleven, AddressThrottle.afterFailure(eleven, T.plusMillis(500)));
    }

    @Test
    void failuresOlderThanAnHourNoLongerCount() {
        AddressThrottle.State ten = fail(AddressThrottle.State.CLEAN, 10, T);
        AddressThrottle.State later = AddressThrottle.afterFailure(ten, T.plus(Duration.ofMinutes(61)));
        assertEquals(1, later.recentFailures().size());
        assertEquals(Duration.ZERO, later.waitAt(T.plus(Duration.ofMinutes(61))));
    }

    @Test
    void whatIsKeptPerAddressIsBounded() {
        AddressThrottle.State s = AddressThrottle.State.CLEAN;
        Instant at = T;
        for (int i = 0; i < 200; i++) {
            s = AddressThrottle.afterFailure(s, at);
            at = at.plus(s.waitAt(at)).plusMillis(1);
        }
        // an address that tries again the moment its wait ends: about twenty failures an hour
        assertTrue(s.recentFailures().size() <= AddressThrottle.KEPT, "kept: " + s.recentFailures().size());
        assertTrue(s.recentFailures().size() < 25, "an hour holds only so many: " + s.recentFailures().size());
        assertTrue(s.failuresText().length() < 1000, "fits the column");
    }

    @Test
    void anIpv6AddressCountsByItsNetwork() {
        assertEquals("2001:db8:1:2::/64", AddressThrottle.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(AddressThrottle.key("[2001:db8:1:2::1]"), AddressThrottle.key("2001:0db8:0001:0002:ffff::9"));
        assertEquals("192.0.2.7", AddressThrottle.key("192.0.2.7"));
        assertEquals("192.0.2.7", AddressThrottle.key("::ffff:192.0.2.7"), "an IPv4 address written as IPv6");
        assertEquals("unknown", AddressThrottle.key(null));
    }
}
