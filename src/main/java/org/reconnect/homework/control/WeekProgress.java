package org.reconnect.homework.control;

import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One homework in a partner's week, as the portal's home shows it: what the week asks, what is
 * done, and the streak. The week runs Monday to Sunday in the couple's calendar and asks what
 * {@link Adherence} expects of all of it (not only up to today: the page says what the week
 * holds). Homework done once is due until it is done, whichever week that is.
 *
 * @param expected entries the week asks for
 * @param done     entries made this week (for homework done once: whether it is done at all)
 * @param streak   days or weeks in a row with the target met ({@link Streaks})
 */
public record WeekProgress(int expected, int done, int streak) {

    /** The progress of {@code plan}, given the days of the partner's own entries on it. */
    public static WeekProgress of(Adherence.Plan plan, Collection<LocalDate> entryDays, LocalDate today) {
        LocalDate monday = CoupleCalendar.weekStart(today);
        LocalDate sunday = monday.plusDays(6);
        boolean once = plan.cadence() == Cadence.ONCE;
        int expected = once ? 1 : Adherence.expected(plan, monday, sunday, sunday);
        int done = once ? Math.min(1, entryDays.size())
                : (int) entryDays.stream().filter(d -> !d.isBefore(monday) && !d.isAfter(sunday)).count();
        return new WeekProgress(expected, done, Streaks.current(plan.cadence(), plan.target(), entryDays, today));
    }

    public static WeekProgress of(HomeworkAssignment assignment, Collection<LocalDate> entryDays, LocalDate today) {
        return of(new Adherence.Plan(assignment.getCadence(), assignment.getTarget(), assignment.getStartsOn(),
                assignment.getEndsOn()), entryDays, today);
    }

    /**
     * The micro-moment log that the home page's quick entry logs on: the first of the week's
     * homework that is a micro-moment log open today, if any.
     */
    public static Optional<HomeworkAssignment> microMomentLog(List<HomeworkAssignment> week, LocalDate today) {
        return week.stream().filter(a -> a.getType() == HomeworkType.MICRO_MOMENT_LOG && a.isOpenOn(today)).findFirst();
    }
}
