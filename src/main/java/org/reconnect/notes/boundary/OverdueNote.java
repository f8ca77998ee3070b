package org.reconnect.notes.boundary;

import org.reconnect.notes.entity.NoteStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An attended session whose note is still unsigned more than 72 hours after it ended. */
public record OverdueNote(long appointmentId, long coupleId, String caseNumber, String individualWith,
                          LocalDateTime sessionStart, Long noteId, NoteStatus noteStatus) implements Serializable {
}
