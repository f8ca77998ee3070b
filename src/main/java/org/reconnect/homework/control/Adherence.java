package org.reconnect.homework.control;

import org.reconnect.homework.entity.Cadence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Expected against done, per week, for one assignment and one partner. Days count in the
 * couple's calendar; days before the start, after the end and after today expect nothing.
 * <ul>
 *   <li>daily: the target on each open day;</li>
 *   <li>weekly: the target, in proportion to the open days of the week (a week opened on
 *       Friday expects 3/7 of it, rounded up);</li>
 *   <li>once: one, in the week the assignment ends (or, without an end, the week it starts),
 *       met by an entry made in any week.</li>
 * </ul>
 * More than expected in a week does not make up for another week: adherence caps each week.
 */
public final class Adherence {

    private Adherence() {
    }

    /** What one assignment asks of one partner. */
    public record Plan(Cadence cadence, int target, LocalDate startsOn, LocalDate endsOn) {

        public Plan {
            Objects.requireNonNull(cadence);
            Objects.requireNonNull(startsOn);
            if (target < 1) {
                throw new IllegalArgumentException("target");
            }
        }
    }

    /** One week of one assignment: the Monday, what was expected, what was done. */
    public record Week(LocalDate monday, int expected, int done) {

        /** Done as far as it counts: never more than expected. */
        public int counted() {
            return Math.min(done, expected);
        }
    }

    /** Per week from {@code firstMonday}, for {@code weeks} weeks, up to {@code today}. */
    public static List<Week> weekly(Plan plan, Collection<LocalDate> entryDays, LocalDate firstMonday, int weeks,
                                    LocalDate today) {
        List<Week> result = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            LocalDate sunday = monday.plusDays(6);
            int done;
            if (plan.cadence() == Cadence.ONCE) {
                // done once, whichever week: it counts for the week it is due
                LocalDate due = plan.endsOn() != null ? plan.endsOn() : plan.startsOn();
                done = !due.isBefore(monday) && !due.isAfter(sunday) ? entryDays.size() : 0;
            } else {
                done = (int) entryDays.stream().filter(d -> !d.isBefore(monday) && !d.isAfter(sunday)).count();
            }
            result.add(new Week(monday, expected(plan, monday, sunday, today), done));
        }
        return result;
    }

    /** Expected entries between two days (inclusive), as of today. */
    public static int expected(Plan plan, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = plan.endsOn() == null || plan.endsOn().isAfter(today) ? today : plan.endsOn();
        LocalDate first = from.isAfter(plan.startsOn()) ? from : plan.startsOn();
        LocalDate last = to.isBefore(end) ? to : end;
        if (plan.cadence() == Cadence.ONCE) {
            LocalDate due = plan.endsOn() != null ? plan.endsOn() : plan.startsOn();
            return !due.isBefore(from) && !due.isAfter(to) && !due.isAfter(today) ? 1 : 0;
        }
        if (last.isBefore(first)) {
            return 0;
        }
        int openDays = (int) ChronoUnit.DAYS.between(first, last) + 1;
        return switch (plan.cadence()) {
            case DAILY -> plan.target() * openDays;
            case WEEKLY -> weeklyExpected(plan.target(), first, last);
            case ONCE -> throw new IllegalStateException("handled above");
        };
    }

    private static int weeklyExpected(int target, LocalDate first, LocalDate last) {
        int total = 0;
        LocalDate monday = CoupleCalendar.weekStart(first);
        while (!monday.isAfter(last)) {
            LocalDate sunday = monday.plusDays(6);
            LocalDate a = first.isAfter(monday) ? first : monday;
            LocalDate b = last.isBefore(sunday) ? last : sunday;
            int days = (int) ChronoUnit.DAYS.between(a, b) + 1;
            total += (int) Math.ceil(target * days / 7.0);
            monday = monday.plusWeeks(1);
        }
        return total;
    }

    /** Percent of what was expected that was done (each week capped), or {@code null} when nothing was expected. */
    public static Integer percent(Collection<Week> weeks) {
        int expected = weeks.stream().mapToInt(Week::expected).sum();
        if (expected == 0) {
            return null;
        }
        int counted = weeks.stream().mapToInt(Week::counted).sum();
        return (int) Math.round(100.0 * counted / expected);
    }

    /**
     * "No homework logged for 7 days": seven days have passed (today and the six days before, in
     * the couple's calendar) since the later of the last entry and the start of the newest
     * homework. Homework assigned minutes ago gives the couple their week before anyone worries.
     */
    public static boolean quietForAWeek(LocalDate lastEntry, LocalDate newestStart, LocalDate today) {
        LocalDate since = lastEntry == null ? newestStart
                : newestStart == null || lastEntry.isAfter(newestStart) ? lastEntry : newestStart;
        return since == null || since.isBefore(today.minusDays(6));
    }
}
