package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;
import org.reconnect.couple.entity.Couple;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reconnect.homework.control.Fixtures.MONDAY;

class WeekProgressTest {

    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    @Test
    void theWeekAsksForAllItsDaysNotOnlyThoseUpToToday() {
        Adherence.Plan twiceDaily = new Adherence.Plan(Cadence.DAILY, 2, MONDAY.minusWeeks(2), null);

        WeekProgress week = WeekProgress.of(twiceDaily, List.of(MONDAY, MONDAY, WEDNESDAY), WEDNESDAY);

        assertEquals(new WeekProgress(14, 3, 0), week);
    }

    @Test
    void onlyThisWeeksEntriesAreDone() {
        Adherence.Plan weekly = new Adherence.Plan(Cadence.WEEKLY, 2, MONDAY.minusWeeks(4), null);

        WeekProgress week = WeekProgress.of(weekly, List.of(MONDAY.minusDays(1), MONDAY.minusDays(3), WEDNESDAY), WEDNESDAY);

        assertEquals(2, week.expected());
        assertEquals(1, week.done(), "last week's two count for last week");
        assertEquals(1, week.streak(), "last week met its target; this week not yet, which costs nothing before Sunday");
    }

    @Test
    void homeworkDoneOnceIsDueUntilItIsDoneWhicheverWeek() {
        Adherence.Plan once = new Adherence.Plan(Cadence.ONCE, 1, MONDAY.minusWeeks(3), MONDAY.plusWeeks(2));

        assertEquals(new WeekProgress(1, 0, 0), WeekProgress.of(once, List.of(), WEDNESDAY));
        assertEquals(new WeekProgress(1, 1, 1), WeekProgress.of(once, List.of(MONDAY.minusWeeks(2), MONDAY.minusWeeks(1)), WEDNESDAY),
                "done in an earlier week, and done is done: never more than once");
    }

    @Test
    void aDailyStreakRunsToYesterdayUntilTodayIsDone() {
        Adherence.Plan daily = new Adherence.Plan(Cadence.DAILY, 1, MONDAY.minusWeeks(1), null);

        assertEquals(2, WeekProgress.of(daily, List.of(MONDAY, MONDAY.plusDays(1)), WEDNESDAY).streak());
        assertEquals(3, WeekProgress.of(daily, List.of(MONDAY, MONDAY.plusDays(1), WEDNESDAY), WEDNESDAY).streak());
    }

    @Test
    void anAssignmentIsReadAsItsPlan() {
        Couple couple = Fixtures.couple();
        HomeworkAssignment talk = Fixtures.assignment(couple, null, HomeworkType.DAILY_TALK, Cadence.DAILY,
                WEDNESDAY, null, Visibility.SHARED);

        // opened on Wednesday: the week asks for Wednesday to Sunday
        assertEquals(new WeekProgress(5, 1, 1), WeekProgress.of(talk, List.of(WEDNESDAY), WEDNESDAY));
    }

    @Test
    void theQuickEntryLogsOnTheFirstMicroMomentLogOpenToday() {
        Couple couple = Fixtures.couple();
        HomeworkAssignment talk = Fixtures.assignment(couple, null, HomeworkType.DAILY_TALK, Cadence.DAILY,
                MONDAY, null, Visibility.SHARED);
        HomeworkAssignment endedMonday = Fixtures.assignment(couple, null, HomeworkType.MICRO_MOMENT_LOG, Cadence.DAILY,
                MONDAY.minusWeeks(1), MONDAY, Visibility.SHARED);
        HomeworkAssignment open = Fixtures.assignment(couple, null, HomeworkType.MICRO_MOMENT_LOG, Cadence.DAILY,
                MONDAY, null, Visibility.SHARED);
        HomeworkAssignment another = Fixtures.assignment(couple, null, HomeworkType.MICRO_MOMENT_LOG, Cadence.DAILY,
                MONDAY, null, Visibility.SHARED);

        assertEquals(Optional.of(open), WeekProgress.microMomentLog(List.of(talk, endedMonday, open, another), WEDNESDAY));
        assertEquals(Optional.empty(), WeekProgress.microMomentLog(List.of(talk, endedMonday), WEDNESDAY));
    }
}
