package org.reconnect.reminders.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestHoursTest {

    private static boolean digestTime(String instant, String zone) {
        return DigestHours.isDigestTime(Instant.parse(instant).atZone(ZoneId.of(zone)).toLocalTime());
    }

    @Test
    void eveningOnlyAndNeverInTheQuietHours() {
        assertFalse(DigestHours.isDigestTime(LocalTime.of(17, 59)));
        assertTrue(DigestHours.isDigestTime(LocalTime.of(18, 0)));
        assertTrue(DigestHours.isDigestTime(LocalTime.of(20, 45)));
        assertFalse(DigestHours.isDigestTime(LocalTime.of(21, 0)));
        assertFalse(DigestHours.isDigestTime(LocalTime.of(3, 0)));
    }

    @Test
    void followsThePartnersOwnZoneAcrossTheSpringChange() {
        // Berlin moves from UTC+1 to UTC+2 on 29 March 2026: 16:00 UTC is 17:00 the day before, 18:00 that day
        assertFalse(digestTime("2026-03-28T16:00:00Z", "Europe/Berlin"));
        assertTrue(digestTime("2026-03-29T16:00:00Z", "Europe/Berlin"));
        // the same instant is morning in Auckland and mid-day in New York
        assertFalse(digestTime("2026-03-29T16:00:00Z", "Pacific/Auckland"));
        assertFalse(digestTime("2026-03-29T16:00:00Z", "America/New_York"));
        assertTrue(digestTime("2026-03-29T22:30:00Z", "America/New_York"));
    }
}
