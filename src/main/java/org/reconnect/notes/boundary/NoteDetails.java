package org.reconnect.notes.boundary;

import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.notes.entity.NoteStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A note as its therapist reads or edits it: the session, the content, the signature and whether
 * the stored content still matches its hash, the addenda in order, and the homework entries it
 * may link to (the couple's last four weeks), and the messages it may name as reviewed (sent since the
 * couple's previous session).
 */
public record NoteDetails(long id, long version, long coupleId, String caseNumber, String couple, String individualWith,
                       LocalDateTime sessionStart, long minutes, NoteTemplate template, NoteStatus status, NoteForm content,
                       String signedBy, Instant signedAt, String contentHash, boolean hashMatches,
                       List<Addendum> addenda, List<EntryChoice> entryChoices, List<MessageChoice> messageChoices)
        implements Serializable {

    public record Addendum(String text, String signedBy, Instant signedAt, String contentHash, boolean hashMatches)
            implements Serializable {
    }

    /**
     * A homework entry a note may name as reviewed: its day and author, the homework it belongs
     * to (entries are grouped by it), and whether it was logged since the couple's previous
     * session (those are shown first; older ones on request).
     */
    public record EntryChoice(long id, String label, String homework, boolean sincePrevious) implements Serializable {
    }

    /** A message a note may name as reviewed in the session: when, in which thread, who, how it begins. */
    public record MessageChoice(long id, String label) implements Serializable {
    }

    /** The labels of the messages the note names as reviewed. */
    public List<String> getReviewedMessages() {
        return messageChoices.stream().filter(m -> content.getMessages().contains(m.id())).map(MessageChoice::label).toList();
    }

    public boolean isIndividual() {
        return individualWith != null;
    }

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
    }
}
