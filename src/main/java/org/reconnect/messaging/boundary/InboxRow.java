package org.reconnect.messaging.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thread in the therapist's inbox across the caseload: whose it is, how many messages it holds
 * and how many the therapist has not read, and when the last one came. Never any text.
 *
 * @param partnerName the partner whose own thread it is; {@code null} for the joint thread
 */
public record InboxRow(long threadId, long coupleId, String caseNumber, boolean joint, String partnerName, long messages,
                       long unread, Instant lastAt) implements Serializable {
}
