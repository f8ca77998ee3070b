package org.reconnect.homework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Objects;

/** The therapist's word on an entry: shown to the couple, or a note for the therapist alone. */
@Entity
@Immutable
@Table(name = "homework_feedback")
public class HomeworkFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", nullable = false)
    private HomeworkEntry entry;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "shown_to_couple", nullable = false)
    private boolean shownToCouple;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    protected HomeworkFeedback() {
    }

    public HomeworkFeedback(HomeworkEntry entry, String text, boolean shownToCouple, Instant at, String by) {
        if (text == null || text.isBlank() || text.strip().length() > 2000) {
            throw new IllegalArgumentException("feedback.textRequired");
        }
        this.entry = Objects.requireNonNull(entry);
        this.text = text.strip();
        this.shownToCouple = shownToCouple;
        this.createdAt = Objects.requireNonNull(at);
        this.createdBy = Objects.requireNonNull(by);
    }

    public Long getId() {
        return id;
    }

    public HomeworkEntry getEntry() {
        return entry;
    }

    public String getText() {
        return text;
    }

    public boolean isShownToCouple() {
        return shownToCouple;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
