package org.reconnect.messaging.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A message of one of the therapist's own couples that holds the words searched for.
 *
 * @param partnerName the partner whose own thread it is in; {@code null} for the joint thread
 */
public record MessageHit(long messageId, long threadId, long coupleId, String caseNumber, boolean joint, String partnerName,
                         String authorName, String body, Instant sentAt) implements Serializable {
}
