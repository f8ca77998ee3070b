package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;

import org.reconnect.homework.entity.Cadence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemindingTest {

    private static boolean digestTime(String instant, String zone) {
        return Reminding.isDigestTime(Instant.parse(instant).atZone(ZoneId.of(zone)).toLocalTime());
    }

    @Test
    void eveningOnlyAndNeverInTheQuietHours() {
        assertFalse(Reminding.isDigestTime(LocalTime.of(17, 59)));
        assertTrue(Reminding.isDigestTime(LocalTime.of(18, 0)));
        assertTrue(Reminding.isDigestTime(LocalTime.of(20, 45)));
        assertFalse(Reminding.isDigestTime(LocalTime.of(21, 0)));
        assertFalse(Reminding.isDigestTime(LocalTime.of(3, 0)));
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

    @Test
    void dailyIsDueForTheDayWeeklyForTheWeekOnceUntilDone() {
        LocalDate wednesday = LocalDate.of(2026, 3, 4);
        LocalDate monday = wednesday.minusDays(2);
        assertEquals(new Reminding.Due(Reminding.Period.TODAY, 0, 1),
                Reminding.due(Cadence.DAILY, 1, monday, null, List.of(monday, wednesday.minusDays(1)), wednesday));
        assertNull(Reminding.due(Cadence.DAILY, 1, monday, null, List.of(wednesday), wednesday), "done for today");
        assertEquals(new Reminding.Due(Reminding.Period.THIS_WEEK, 1, 2),
                Reminding.due(Cadence.WEEKLY, 2, monday, null, List.of(monday), wednesday));
        assertNull(Reminding.due(Cadence.WEEKLY, 2, monday, null, List.of(monday, monday.plusDays(1)), wednesday));
        assertEquals(new Reminding.Due(Reminding.Period.ONCE, 0, 1),
                Reminding.due(Cadence.ONCE, 1, monday.minusWeeks(2), null, List.of(), wednesday));
        assertNull(Reminding.due(Cadence.ONCE, 1, monday.minusWeeks(2), null, List.of(monday.minusWeeks(1)), wednesday),
                "done in an earlier week");
    }
}
