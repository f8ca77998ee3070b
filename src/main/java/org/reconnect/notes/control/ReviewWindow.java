package org.reconnect.notes.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The homework entries a note may name as reviewed: those the couple logged in the four weeks up
 * to the session's day (and any the note names already, whenever logged). The ones logged since
 * the couple's previous attended session are what a therapist reviews and are shown first; older
 * ones on request. Days are in the clinic's zone.
 *
 * @param from  the first day offered
 * @param to    the session's day
 * @param since the day of the previous attended session, or null when there was none
 */
public record ReviewWindow(LocalDate from, LocalDate to, LocalDate since) {

    /** How far back entries are offered. */
    public static final Duration LOOK_BACK = Duration.ofDays(28);

    public static ReviewWindow of(Instant sessionStart, Instant previousSession, ZoneId zone) {
        return new ReviewWindow(LocalDate.ofInstant(sessionStart.minus(LOOK_BACK), zone), LocalDate.ofInstant(sessionStart, zone),
                previousSession == null ? null : LocalDate.ofInstant(previousSession, zone));
    }

    /** Whether an entry logged for {@code day} is one since the previous session (all are, without one). */
    public boolean sincePrevious(LocalDate day) {
        return since == null || !day.isBefore(since);
    }

    /** How an entry is offered: its day and its author. */
    public static String label(LocalDate day, String author) {
        return day + " · " + author;
    }
}
