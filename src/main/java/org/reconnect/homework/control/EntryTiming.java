package org.reconnect.homework.control;

import org.reconnect.homework.entity.HomeworkAssignment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When an entry counts and when it happened, in the couple's calendar: an entry counts for today
 * or yesterday ({@link CoupleCalendar#mayLogFor}) on a day its homework is open; a micro-moment
 * happened at the time the partner gives, or, without one, now when it is logged for today and
 * in the evening when it is logged for yesterday; a time ahead of the clock is refused.
 */
public final class EntryTiming {

    /** When a micro-moment logged for yesterday without a time is taken to have happened. */
    public static final LocalTime EVENING = LocalTime.of(20, 0);

    /** Clocks differ a little: a time up to a minute ahead of the server's is not in the future. */
    public static final Duration CLOCK_SLACK = Duration.ofSeconds(60);

    private EntryTiming() {
    }

    /**
     * Why an entry on {@code assignment} may not count for {@code day}: the message key for the
     * day's field ({@code entry.future}, {@code entry.day} or {@code entry.notOpen}), or empty
     * when it may.
     */
    public static Optional<String> dayRefusal(HomeworkAssignment assignment, LocalDate day, LocalDate today) {
        if (!CoupleCalendar.mayLogFor(day, today)) {
            return Optional.of(day.isAfter(today) ? "entry.future" : "entry.day");
        }
        if (!assignment.isOpenOn(day)) {
            return Optional.of("entry.notOpen");
        }
        return Optional.empty();
    }

    /** When a micro-moment logged for {@code day} happened, {@code time} being what the partner gave (or null). */
    public static Instant occurredAt(LocalDate day, LocalTime time, LocalDate today, ZoneId zone, Instant now) {
        if (time != null) {
            return day.atTime(time).atZone(zone).toInstant();
        }
        return day.equals(today) ? now : day.atTime(EVENING).atZone(zone).toInstant();
    }

    public static boolean inFuture(Instant when, Instant now) {
        return when.isAfter(now.plus(CLOCK_SLACK));
    }

    /** The time of a moment as the partner changes it: to the minute, in the couple's zone; null for none. */
    public static LocalTime timeOfDay(Instant occurredAt, ZoneId zone) {
        return occurredAt == null ? null : occurredAt.atZone(zone).toLocalTime().withSecond(0).withNano(0);
    }
}
