package org.reconnect.reminders.boundary;

import java.time.Instant;

/**
 * Another kind of reminder the round sends besides the digest (a session's, a day ahead). Its
 * capability answers with a CDI bean; the round sends these first, in the round's transaction.
 */
public interface ReminderMail {

    /** Sends what is due at {@code now}; how many were sent. */
    int send(Instant now);
}
