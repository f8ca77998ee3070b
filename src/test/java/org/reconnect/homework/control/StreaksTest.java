package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;
import org.reconnect.homework.entity.Cadence;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StreaksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void dailyStreakCountsDaysInARowUpToToday() {
        List<LocalDate> days = List.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(4));

        assertEquals(3, Streaks.current(Cadence.DAILY, 1, days, TODAY));
    }

    @Test
    void todayNotYetDoneDoesNotBreakTheStreak() {
        List<LocalDate> days = List.of(TODAY.minusDays(1), TODAY.minusDays(2));

        assertEquals(2, Streaks.current(Cadence.DAILY, 1, days, TODAY));
    }

    @Test
    void aMissedDayEndsTheStreak() {
        assertEquals(0, Streaks.current(Cadence.DAILY, 1, List.of(TODAY.minusDays(2)), TODAY));
    }

    @Test
    void aDayBelowTargetDoesNotCount() {
        List<LocalDate> onceEach = List.of(TODAY, TODAY.minusDays(1));

        assertEquals(0, Streaks.current(Cadence.DAILY, 2, onceEach, TODAY));
    }

    @Test
    void weeklyStreakCountsWeeks() {
        LocalDate monday = CoupleCalendar.weekStart(TODAY);
        List<LocalDate> days = List.of(monday.minusWeeks(1), monday.minusWeeks(2).plusDays(3), monday.minusWeeks(4));

        assertEquals(2, Streaks.current(Cadence.WEEKLY, 1, days, TODAY));
    }

    @Test
    void noEntriesNoStreak() {
        assertEquals(0, Streaks.current(Cadence.WEEKLY, 1, List.of(), TODAY));
        assertEquals(0, Streaks.current(Cadence.ONCE, 1, List.of(), TODAY));
    }
}
