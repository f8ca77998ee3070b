package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;
import org.reconnect.homework.entity.Cadence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoupleCalendarTest {

    private static final CoupleCalendar BERLIN = new CoupleCalendar(ZoneId.of("Europe/Berlin"));
    private static final CoupleCalendar LOS_ANGELES = new CoupleCalendar(ZoneId.of("America/Los_Angeles"));

    @Test
    void lateEveningCountsForTheCouplesOwnDay() {
        Instant tuesdayNightInLosAngeles = Instant.parse("2026-11-25T07:30:00Z"); // 23:30 on the 24th there

        assertEquals(LocalDate.of(2026, 11, 24), LOS_ANGELES.dayOf(tuesdayNightInLosAngeles));
        assertEquals(LocalDate.of(2026, 11, 25), BERLIN.dayOf(tuesdayNightInLosAngeles));
    }

    @Test
    void todayIsTheCouplesToday() {
        Clock utcMorning = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);

        assertEquals(LocalDate.of(2026, 11, 25), LOS_ANGELES.today(utcMorning));
        assertEquals(LocalDate.of(2026, 11, 26), BERLIN.today(utcMorning));
    }

    @Test
    void daylightSavingChangeKeepsTheDay() {
        // clocks go back on 25 Oct 2026 in Berlin: 02:30 happens twice, both on the 25th
        assertEquals(LocalDate.of(2026, 10, 25), BERLIN.dayOf(Instant.parse("2026-10-25T00:30:00Z")));
        assertEquals(LocalDate.of(2026, 10, 25), BERLIN.dayOf(Instant.parse("2026-10-25T01:30:00Z")));
        // clocks go forward on 29 Mar 2026: 23:59 local is 21:59 UTC
        assertEquals(LocalDate.of(2026, 3, 29), BERLIN.dayOf(Instant.parse("2026-03-29T21:59:00Z")));
        assertEquals(LocalDate.of(2026, 3, 30), BERLIN.dayOf(Instant.parse("2026-03-29T22:00:00Z")));
    }

    @Test
    void weeksRunMondayToSunday() {
        assertEquals(LocalDate.of(2026, 11, 23), CoupleCalendar.weekStart(LocalDate.of(2026, 11, 29)));
        assertEquals(LocalDate.of(2026, 11, 30), CoupleCalendar.weekStart(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void periodsAreDaysWeeksOrTheWholeAssignment() {
        assertEquals("2026-11-26", CoupleCalendar.periodKey(Cadence.DAILY, LocalDate.of(2026, 11, 26)));
        assertEquals("2026-W48", CoupleCalendar.periodKey(Cadence.WEEKLY, LocalDate.of(2026, 11, 26)));
        assertEquals("2026-W53", CoupleCalendar.periodKey(Cadence.WEEKLY, LocalDate.of(2027, 1, 1)));
        assertEquals("ONCE", CoupleCalendar.periodKey(Cadence.ONCE, LocalDate.of(2026, 11, 26)));
    }

    @Test
    void entriesCountForTodayOrYesterdayOnly() {
        LocalDate today = LocalDate.of(2026, 11, 26);

        assertTrue(CoupleCalendar.mayLogFor(today, today));
        assertTrue(CoupleCalendar.mayLogFor(today.minusDays(1), today));
        assertFalse(CoupleCalendar.mayLogFor(today.minusDays(2), today));
        assertFalse(CoupleCalendar.mayLogFor(today.plusDays(1), today));
    }
}
