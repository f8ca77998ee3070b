package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;
import org.reconnect.homework.entity.Cadence;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

class AdherenceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);

    @Test
    void dailyHomeworkExpectsItsTargetOnEveryOpenDay() {
        Adherence.Plan twiceDaily = new Adherence.Plan(Cadence.DAILY, 2, MONDAY, null);

        assertEquals(14, Adherence.expected(twiceDaily, MONDAY, SUNDAY, SUNDAY));
    }

    @Test
    void nothingIsExpectedAfterToday() {
        Adherence.Plan daily = new Adherence.Plan(Cadence.DAILY, 1, MONDAY, null);

        assertEquals(3, Adherence.expected(daily, MONDAY, SUNDAY, MONDAY.plusDays(2)));
    }

    @Test
    void nothingIsExpectedBeforeTheStartOrAfterTheEnd() {
        Adherence.Plan midWeek = new Adherence.Plan(Cadence.DAILY, 1, MONDAY.plusDays(2), MONDAY.plusDays(4));

        assertEquals(3, Adherence.expected(midWeek, MONDAY, SUNDAY, SUNDAY.plusDays(10)));
        assertEquals(0, Adherence.expected(midWeek, MONDAY.plusWeeks(1), SUNDAY.plusWeeks(1), SUNDAY.plusWeeks(2)));
    }

    @Test
    void weeklyHomeworkStartedMidWeekExpectsItsShare() {
        Adherence.Plan weeklyFromFriday = new Adherence.Plan(Cadence.WEEKLY, 2, MONDAY.plusDays(4), null);

        // Friday to Sunday is 3 of 7 days: 2 * 3 / 7 = 0.86, rounded up to 1
        assertEquals(1, Adherence.expected(weeklyFromFriday, MONDAY, SUNDAY, SUNDAY));
        assertEquals(2, Adherence.expected(weeklyFromFriday, MONDAY.plusWeeks(1), SUNDAY.plusWeeks(1), SUNDAY.plusWeeks(1)));
    }

    @Test
    void onceIsDueInTheWeekItEnds() {
        Adherence.Plan once = new Adherence.Plan(Cadence.ONCE, 1, MONDAY, MONDAY.plusDays(9));

        assertEquals(0, Adherence.expected(once, MONDAY, SUNDAY, SUNDAY.plusWeeks(2)));
        assertEquals(1, Adherence.expected(once, MONDAY.plusWeeks(1), SUNDAY.plusWeeks(1), SUNDAY.plusWeeks(2)));
    }

    @Test
    void extraWorkInOneWeekDoesNotCoverAnother() {
        Adherence.Plan daily = new Adherence.Plan(Cadence.DAILY, 1, MONDAY, null);
        List<LocalDate> tenInTheFirstWeek = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> MONDAY.plusDays(i % 7)).toList();

        List<Adherence.Week> weeks = Adherence.weekly(daily, tenInTheFirstWeek, MONDAY, 2, SUNDAY.plusWeeks(1));

        assertEquals(new Adherence.Week(MONDAY, 7, 10), weeks.get(0));
        assertEquals(new Adherence.Week(MONDAY.plusWeeks(1), 7, 0), weeks.get(1));
        assertEquals(50, Adherence.percent(weeks));
    }

    @Test
    void anEmptyPeriodHasNoPercentage() {
        Adherence.Plan later = new Adherence.Plan(Cadence.DAILY, 1, MONDAY.plusWeeks(3), null);

        assertNull(Adherence.percent(Adherence.weekly(later, List.of(), MONDAY, 2, SUNDAY.plusWeeks(1))));
    }

    @Test
    void yesterdaysLateEntryCountsForYesterdaysWeek() {
        Adherence.Plan daily = new Adherence.Plan(Cadence.DAILY, 1, MONDAY, null);
        // Sunday's talk logged on Monday morning "for yesterday" counts in the week that ended
        List<Adherence.Week> weeks = Adherence.weekly(daily, List.of(SUNDAY), MONDAY, 2, MONDAY.plusWeeks(1));

        assertEquals(1, weeks.get(0).done());
        assertEquals(0, weeks.get(1).done());
    }

    @Test
    void quietMeansNothingForSevenDaysIncludingToday() {
        LocalDate today = LocalDate.of(2026, 3, 30);
        LocalDate longAgo = today.minusDays(60);
        assertTrue(Adherence.quietForAWeek(null, longAgo, today), "never logged");
        assertTrue(Adherence.quietForAWeek(today.minusDays(7), longAgo, today), "last entry a week ago yesterday");
        assertFalse(Adherence.quietForAWeek(today.minusDays(6), longAgo, today), "six days ago still counts");
        assertFalse(Adherence.quietForAWeek(today, longAgo, today));
    }

    @Test
    void homeworkAssignedThisWeekIsNotQuietYet() {
        LocalDate today = LocalDate.of(2026, 3, 30);
        assertFalse(Adherence.quietForAWeek(null, today, today), "assigned minutes ago, nothing logged yet");
        assertFalse(Adherence.quietForAWeek(today.minusDays(30), today.minusDays(6), today), "new homework six days ago");
        assertTrue(Adherence.quietForAWeek(null, today.minusDays(7), today), "a whole week since it started");
        assertTrue(Adherence.quietForAWeek(today.minusDays(9), today.minusDays(8), today), "the later of the two counts");
        assertTrue(Adherence.quietForAWeek(null, null, today), "nothing known at all");
    }

    @Test
    void onceCountsForTheWeekItIsDueWhicheverWeekItWasDone() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        Adherence.Plan plan = new Adherence.Plan(Cadence.ONCE, 1, monday, monday.plusDays(13));
        List<Adherence.Week> weeks = Adherence.weekly(plan, List.of(monday.plusDays(1)), monday, 2, monday.plusDays(13));
        assertEquals(0, weeks.get(0).expected());
        assertEquals(0, weeks.get(0).done(), "nothing is credited to a week in which it is not due");
        assertEquals(1, weeks.get(1).expected());
        assertEquals(1, weeks.get(1).counted(), "done in the first week, due in the second");
        assertEquals(100, Adherence.percent(weeks));
    }
}
