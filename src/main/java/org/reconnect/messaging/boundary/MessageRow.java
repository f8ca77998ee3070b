package org.reconnect.messaging.boundary;

import org.reconnect.messaging.entity.Message;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A message as a thread shows it. A withdrawn message shows only that it was withdrawn (its text
 * stays in the record, not on the page).
 *
 * @param body   {@code null} once withdrawn
 * @param seenBy the other participants who have read it, by name
 * @param review the session note that reviewed it; shown to the therapist only ({@code null} for partners and when none did)
 */
public record MessageRow(long id, long version, String authorName, Message.AuthorRole authorRole, boolean mine, String body,
                         Instant sentAt, boolean withdrawn, List<String> seenBy, MessageReviews.Review review)
        implements Serializable {

    public MessageRow {
        seenBy = List.copyOf(seenBy);
    }
}
