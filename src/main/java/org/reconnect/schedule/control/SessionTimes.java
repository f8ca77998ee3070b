package org.reconnect.schedule.control;

import org.reconnect.schedule.entity.Appointment;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.shared.control.PlainText;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a session's time and place must be: it ends after it starts and lasts at most
 * {@link Appointment#LONGEST}; it starts no more than a month back (a session entered late) and a
 * year ahead; it has a place (a room or a video link) of plain text. And which sessions hold a
 * therapist's time, so that another may not overlap them.
 */
public final class SessionTimes {

    /** How far back a session may be entered. */
    public static final Duration BACK = Duration.ofDays(31);
    /** How far ahead a session may be booked. */
    public static final Duration AHEAD = Duration.ofDays(366);
    /** A scheduled or attended session holds the therapist's time; a cancelled or missed one frees it. */
    public static final List<AppointmentStatus> HOLDING = List.of(AppointmentStatus.SCHEDULED, AppointmentStatus.ATTENDED);

    /** One thing wrong with a field: the message key and its arguments. */
    public record Problem(String field, String key, List<Object> arguments) {
    }

    private SessionTimes() {
    }

    /** What is wrong with these times and this place, at {@code now}; empty when nothing is. */
    public static List<Problem> check(Instant start, Instant end, String location, Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (!end.isAfter(start)) {
            problems.add(new Problem("endsAt", "appointment.endBeforeStart", List.of()));
        } else if (Duration.between(start, end).compareTo(Appointment.LONGEST) > 0) {
            problems.add(new Problem("endsAt", "appointment.tooLong", List.of()));
        }
        if (start.isBefore(now.minus(BACK)) || start.isAfter(now.plus(AHEAD))) {
            problems.add(new Problem("startsAt", "appointment.startRange", List.of()));
        }
        if (location == null || location.isBlank()) {
            problems.add(new Problem("location", "appointment.location.required", List.of()));
        } else if (location.strip().length() > Appointment.MAX_LOCATION) {
            problems.add(new Problem("location", "appointment.location.tooLong", List.of(Appointment.MAX_LOCATION)));
        } else if (PlainText.hasMarkup(location)) {
            problems.add(new Problem("location", "text.markup", List.of()));
        }
        return problems;
    }
}
