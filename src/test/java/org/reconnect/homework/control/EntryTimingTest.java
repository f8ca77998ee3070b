package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.homework.control.Fixtures.MONDAY;

class EntryTimingTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final LocalDate TODAY = MONDAY.plusDays(2);

    private final HomeworkAssignment fromTuesday = Fixtures.assignment(Fixtures.couple(), null, HomeworkType.KINDNESS_PRACTICE,
            Cadence.DAILY, MONDAY.plusDays(1), null, Visibility.SHARED);

    @Test
    void anEntryCountsForTodayOrYesterday() {
        assertEquals(Optional.empty(), EntryTiming.dayRefusal(fromTuesday, TODAY, TODAY));
        assertEquals(Optional.empty(), EntryTiming.dayRefusal(fromTuesday, TODAY.minusDays(1), TODAY));
        assertEquals(Optional.of("entry.future"), EntryTiming.dayRefusal(fromTuesday, TODAY.plusDays(1), TODAY));
        assertEquals(Optional.of("entry.day"), EntryTiming.dayRefusal(fromTuesday, TODAY.minusDays(2), TODAY));
    }

    @Test
    void anEntryCountsOnlyForADayItsHomeworkIsOpen() {
        assertEquals(Optional.of("entry.notOpen"), EntryTiming.dayRefusal(fromTuesday, MONDAY, MONDAY.plusDays(1)));
        fromTuesday.complete(TODAY.minusDays(1));
        assertEquals(Optional.of("entry.notOpen"), EntryTiming.dayRefusal(fromTuesday, TODAY, TODAY), "completed: closed");
    }

    @Test
    void aMomentHappenedAtTheTimeGivenInTheCouplesZone() {
        Instant now = Instant.parse("2026-11-18T08:00:00Z");

        assertEquals(Instant.parse("2026-11-18T08:30:00Z"),
                EntryTiming.occurredAt(TODAY, LocalTime.of(21, 30), TODAY, AUCKLAND, now), "21:30 in Auckland is 08:30 UTC");
        assertEquals(Instant.parse("2026-11-17T09:15:00Z"),
                EntryTiming.occurredAt(TODAY.minusDays(1), LocalTime.of(22, 15), TODAY, AUCKLAND, now), "yesterday's, at its time");
    }

    @Test
    void withoutATimeItIsNowTodayAndTheEveningYesterday() {
        Instant now = Instant.parse("2026-11-18T08:00:00Z");

        assertEquals(now, EntryTiming.occurredAt(TODAY, null, TODAY, AUCKLAND, now));
        assertEquals(Instant.parse("2026-11-17T07:00:00Z"), EntryTiming.occurredAt(TODAY.minusDays(1), null, TODAY, AUCKLAND, now),
                "20:00 on Tuesday in Auckland");
    }

    @Test
    void aMinuteAheadOfTheClockIsNotYetTheFuture() {
        Instant now = Instant.parse("2026-11-18T08:00:00Z");

        assertFalse(EntryTiming.inFuture(now.plusSeconds(60), now));
        assertTrue(EntryTiming.inFuture(now.plusSeconds(61), now));
        assertFalse(EntryTiming.inFuture(now.minusSeconds(3600), now));
    }

    @Test
    void theTimeToChangeIsToTheMinuteInTheCouplesZone() {
        assertEquals(LocalTime.of(21, 30), EntryTiming.timeOfDay(Instant.parse("2026-11-17T08:30:42.5Z"), AUCKLAND));
        assertNull(EntryTiming.timeOfDay(null, AUCKLAND));
    }
}
