package org.reconnect.homework.control;

import org.reconnect.homework.entity.Cadence;

import java.time.LocalDate;
import java.util.Collection;

/**
 * What the daily digest says of one assignment: how much of the day's, the week's or the once-only
 * homework is still to do (when the digest is sent is {@code reminders/control/DigestHours}).
 */
public final class Reminding {

    private Reminding() {
    }

    /** What the digest says of one assignment. */
    public enum Period {
        TODAY,
        THIS_WEEK,
        ONCE
    }

    /** Still due: {@code done} of {@code expected} in the period. */
    public record Due(Period period, int done, int expected) {
    }

    /**
     * What is still due of one assignment on {@code today} (the couple's day), given the days
     * its entries count for; {@code null} when nothing is. Daily homework is due for the day,
     * weekly for the week, one-off homework until it is done.
     */
    public static Due due(Cadence cadence, int target, LocalDate startsOn, LocalDate endsOn, Collection<LocalDate> days,
                          LocalDate today) {
        return switch (cadence) {
            case DAILY -> {
                int done = (int) days.stream().filter(today::equals).count();
                yield done < target ? new Due(Period.TODAY, done, target) : null;
            }
            case WEEKLY -> {
                LocalDate monday = CoupleCalendar.weekStart(today);
                LocalDate sunday = monday.plusDays(6);
                int expected = Adherence.expected(new Adherence.Plan(cadence, target, startsOn, endsOn), monday, sunday, sunday);
                int done = (int) days.stream().filter(d -> !d.isBefore(monday) && !d.isAfter(sunday)).count();
                yield done < expected ? new Due(Period.THIS_WEEK, done, expected) : null;
            }
            case ONCE -> days.isEmpty() ? new Due(Period.ONCE, 0, 1) : null;
        };
    }
}
