package org.reconnect.notes.boundary;

import org.reconnect.notes.entity.NoteStatus;
import org.reconnect.clinic.entity.NoteTemplate;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A note as its therapist reads or edits it: the session, the content, the signature and whether
 * the stored content still matches its hash, the addenda in order, and the homework entries it
 * may link to (the couple's last four weeks).
 */
public record NoteDetails(long id, long version, long coupleId, String caseNumber, String couple, String individualWith,
                       LocalDateTime sessionStart, long minutes, NoteTemplate template, NoteStatus status, NoteForm content,
                       String signedBy, Instant signedAt, String contentHash, boolean hashMatches,
                       List<Addendum> addenda, List<EntryChoice> entryChoices) implements Serializable {

    public record Addendum(String text, String signedBy, Instant signedAt, String contentHash, boolean hashMatches)
            implements Serializable {

        public String getText() {
            return text;
        }

        public String getSignedBy() {
            return signedBy;
        }

        public Instant getSignedAt() {
            return signedAt;
        }

        public String getContentHash() {
            return contentHash;
        }

        public boolean isHashMatches() {
            return hashMatches;
        }
    }

    /**
     * A homework entry a note may name as reviewed: its day and author, the homework it belongs
     * to (entries are grouped by it), and whether it was logged since the couple's previous
     * session (those are shown first; older ones on request).
     */
    public record EntryChoice(long id, String label, String homework, boolean sincePrevious) implements Serializable {

        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getCoupleId() {
        return coupleId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getCouple() {
        return couple;
    }

    public String getIndividualWith() {
        return individualWith;
    }

    public boolean isIndividual() {
        return individualWith != null;
    }

    public LocalDateTime getSessionStart() {
        return sessionStart;
    }

    public long getMinutes() {
        return minutes;
    }

    public NoteTemplate getTemplate() {
        return template;
    }

    public NoteStatus getStatus() {
        return status;
    }

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
    }

    public NoteForm getContent() {
        return content;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public boolean isHashMatches() {
        return hashMatches;
    }

    public List<Addendum> getAddenda() {
        return addenda;
    }

    public List<EntryChoice> getEntryChoices() {
        return entryChoices;
    }
}
