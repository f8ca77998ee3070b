package org.reconnect.homework.control;

import org.reconnect.homework.entity.Cadence;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Days and weeks as the couple lives them: in their own time zone (a micro-moment at 23:30 on a
 * Tuesday counts for Tuesday wherever the server is), weeks from Monday to Sunday.
 */
public record CoupleCalendar(ZoneId zone) {

    public CoupleCalendar {
        Objects.requireNonNull(zone, "zone");
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The period an entry counts for: its day (daily homework), its ISO week (weekly homework)
     * or the whole assignment (once). "Reveal when both" compares these.
     */
    public static String periodKey(Cadence cadence, LocalDate day) {
        return switch (cadence) {
            case ONCE -> "ONCE";
            case DAILY -> day.toString();
            case WEEKLY -> "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    /** People log the next morning: an entry may count for today or yesterday, never later or earlier. */
    public static boolean mayLogFor(LocalDate day, LocalDate today) {
        return !day.isAfter(today) && !day.isBefore(today.minusDays(1));
    }
}
