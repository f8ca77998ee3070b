package org.reconnect.messaging.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thread in a list: which it is, how many messages it holds, how many of them the caller has
 * not read, and when the last one came. Never any text.
 *
 * @param partnerName the partner whose own thread it is; {@code null} for the joint thread
 * @param lastAt      when the last message came; {@code null} while there is none
 */
public record ThreadSummary(long id, boolean joint, String partnerName, long messages, long unread, Instant lastAt)
        implements Serializable {
}
