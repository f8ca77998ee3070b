package org.reconnect.messaging.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Which messages a session note reviewed. Messaging asks; the notes capability answers with a CDI
 * bean (it knows its notes, messaging does not), for the therapist's view of a thread.
 */
public interface MessageReviews {

    /** The note that reviewed a message, and when its session began. */
    record Review(long noteId, Instant sessionStart, boolean signed) implements Serializable {
    }

    /** The notes that reviewed those of these messages that a note reviewed, by message id (one statement). */
    Map<Long, Review> of(Collection<Long> messageIds);
}
