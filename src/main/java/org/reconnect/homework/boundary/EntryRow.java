package org.reconnect.homework.boundary;

import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidKind;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.HomeworkEntry;
import org.reconnect.homework.entity.HomeworkType;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry as a partner or the therapist reads it, with the feedback the reader may see.
 *
 * @param editable     whether its author may still change it
 * @param revealed     an entry of "reveal when both" that the other partner has answered too:
 *                     both see each other's now, so it stays as it was read
 * @param privateEntry a private entry (the self-care journal, private homework): its author and
 *                     the therapist read it, never the other partner
 */
public record EntryRow(long id, long version, long assignmentId, String assignmentTitle, HomeworkType type, String authorName,
                       int authorPosition, boolean mine, LocalDate loggedFor, Instant occurredAt, BidBy bidBy, BidKind bidKind,
                       BidResponse response, Integer minutes, Boolean phonesOff, String prompts, String prompt, Integer rating,
                       String text, boolean editable, boolean revealed, boolean privateEntry, List<Feedback> feedback)
        implements Serializable {

    /** Feedback on an entry. */
    public record Feedback(String text, boolean shownToCouple, Instant at, String by) implements Serializable {
    }

    public EntryRow {
        feedback = List.copyOf(feedback);
    }

    /** The entry as read; one that is revealed to both can no longer be changed. */
    static EntryRow of(HomeworkEntry e, boolean mine, boolean editable, boolean revealed, List<Feedback> feedback) {
        return new EntryRow(e.getId(), e.getVersion(), e.getAssignment().getId(), e.getAssignment().getTitle(), e.getType(),
                e.getAuthor().getCallName(), e.getAuthor().getPosition(), mine, e.getLoggedFor(), e.getOccurredAt(), e.getBidBy(),
                e.getBidKind(), e.getResponse(), e.getMinutes(), e.getPhonesOff(), e.getPrompts(), e.getPrompt(), e.getRating(),
                e.getText(), editable && !revealed, revealed,
                e.getAssignment().getVisibility() == org.reconnect.homework.entity.Visibility.PRIVATE, feedback);
    }
}
