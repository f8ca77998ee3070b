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

/** An entry as a partner or the therapist reads it, with the feedback the reader may see. */
public final class EntryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Feedback on an entry. */
    public record Feedback(String text, boolean shownToCouple, Instant at, String by) implements Serializable {
    }

    private final long id;
    private final long version;
    private final long assignmentId;
    private final String assignmentTitle;
    private final HomeworkType type;
    private final String authorName;
    private final int authorPosition;
    private final boolean mine;
    private final LocalDate loggedFor;
    private final Instant occurredAt;
    private final BidBy bidBy;
    private final BidKind bidKind;
    private final BidResponse response;
    private final Integer minutes;
    private final Boolean phonesOff;
    private final String prompts;
    private final String prompt;
    private final Integer rating;
    private final String text;
    private final boolean editable;
    private final boolean revealed;
    private final boolean privateEntry;
    private final List<Feedback> feedback;

    /**
     * @param editable whether its author may still change it
     * @param revealed an entry of "reveal when both" that the other partner has answered too:
     *                 both see each other's now, so it stays as it was read
     */
    EntryRow(HomeworkEntry e, boolean mine, boolean editable, boolean revealed, List<Feedback> feedback) {
        this.id = e.getId();
        this.version = e.getVersion();
        this.assignmentId = e.getAssignment().getId();
        this.assignmentTitle = e.getAssignment().getTitle();
        this.type = e.getType();
        this.authorName = e.getAuthor().getCallName();
        this.authorPosition = e.getAuthor().getPosition();
        this.mine = mine;
        this.loggedFor = e.getLoggedFor();
        this.occurredAt = e.getOccurredAt();
        this.bidBy = e.getBidBy();
        this.bidKind = e.getBidKind();
        this.response = e.getResponse();
        this.minutes = e.getMinutes();
        this.phonesOff = e.getPhonesOff();
        this.prompts = e.getPrompts();
        this.prompt = e.getPrompt();
        this.rating = e.getRating();
        this.text = e.getText();
        this.editable = editable && !revealed;
        this.revealed = revealed;
        this.privateEntry = e.getAssignment().getVisibility() == org.reconnect.homework.entity.Visibility.PRIVATE;
        this.feedback = List.copyOf(feedback);
    }

    public long getId() {
        return id;
    }

    /** A private entry (the self-care journal, private homework): its author and the therapist read it, never the other partner. */
    public boolean isPrivateEntry() {
        return privateEntry;
    }

    /** Whether it can no longer be changed because both partners have answered and can read each other's. */
    public boolean isRevealed() {
        return revealed;
    }

    public long getVersion() {
        return version;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public String getAssignmentTitle() {
        return assignmentTitle;
    }

    public HomeworkType getType() {
        return type;
    }

    public String getAuthorName() {
        return authorName;
    }

    public int getAuthorPosition() {
        return authorPosition;
    }

    public boolean isMine() {
        return mine;
    }

    public LocalDate getLoggedFor() {
        return loggedFor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public BidBy getBidBy() {
        return bidBy;
    }

    public BidKind getBidKind() {
        return bidKind;
    }

    public BidResponse getResponse() {
        return response;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public Boolean getPhonesOff() {
        return phonesOff;
    }

    public String getPrompts() {
        return prompts;
    }

    public String getPrompt() {
        return prompt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getText() {
        return text;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<Feedback> getFeedback() {
        return feedback;
    }
}
