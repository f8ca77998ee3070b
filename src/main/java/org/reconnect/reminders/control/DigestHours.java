package org.reconnect.reminders.control;

import java.time.LocalTime;

/**
 * When the daily digest may reach a partner: in the early evening of their own time zone, when
 * there is still time to do the day's homework, and never in the quiet hours (from 21:00 to
 * 18:00 the next day, nothing is sent).
 */
public final class DigestHours {

    public static final LocalTime FROM = LocalTime.of(18, 0);
    public static final LocalTime UNTIL = LocalTime.of(21, 0);

    private DigestHours() {
    }

    public static boolean isDigestTime(LocalTime local) {
        return !local.isBefore(FROM) && local.isBefore(UNTIL);
    }
}
