package org.reconnect.messaging.control;

import java.time.Duration;
import java.time.LocalTime;

/**
 * When a partner is told by e-mail that a message is waiting, and how it is worded. Never in the
 * quiet hours of their own zone (from 21:00 to 08:00: the e-mail waits for the morning), at most
 * one an hour for each thread, and only of messages they have not read yet. The e-mail names who
 * wrote only as "your therapist" or "your partner", never a name, and never holds the text.
 */
public final class NoticeRules {

    public static final LocalTime QUIET_FROM = LocalTime.of(21, 0);
    public static final LocalTime QUIET_UNTIL = LocalTime.of(8, 0);
    /** The least time between two e-mails about one thread to one reader. */
    public static final Duration BATCH = Duration.ofHours(1);

    /** Who the unread messages came from, as the e-mail says it. */
    public enum From { THERAPIST, PARTNER, BOTH }

    private NoticeRules() {
    }

    public static boolean mayNotifyAt(LocalTime local) {
        return !local.isBefore(QUIET_UNTIL) && local.isBefore(QUIET_FROM);
    }

    /** From the number of unread messages by the therapist and by the other partner. */
    public static From from(long byTherapist, long byPartner) {
        if (byTherapist > 0 && byPartner > 0) {
            return From.BOTH;
        }
        return byTherapist > 0 ? From.THERAPIST : From.PARTNER;
    }
}
