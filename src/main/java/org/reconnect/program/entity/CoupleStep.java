package org.reconnect.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.reconnect.couple.entity.Couple;

import java.time.LocalDate;
import java.util.Objects;

/** A couple's time on one step: started, completed (or still open), and the therapist's comment. */
@Entity
@Table(name = "couple_step")
public class CoupleStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "couple_id", nullable = false, updatable = false)
    private Couple couple;

    @Column(name = "step_number", nullable = false, updatable = false)
    private int stepNumber;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(length = 500)
    private String comment;

    @Column(name = "moved_by", nullable = false, length = 254, updatable = false)
    private String movedBy;

    protected CoupleStep() {
    }

    public CoupleStep(Couple couple, int stepNumber, LocalDate startedOn, String comment, String movedBy) {
        if (stepNumber < 1 || stepNumber > 9) {
            throw new IllegalArgumentException("program.stepRange");
        }
        this.couple = Objects.requireNonNull(couple);
        this.stepNumber = stepNumber;
        this.startedOn = Objects.requireNonNull(startedOn);
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.movedBy = Objects.requireNonNull(movedBy);
    }

    public void complete(LocalDate on) {
        this.completedOn = on.isBefore(startedOn) ? startedOn : on;
    }

    public boolean isOpen() {
        return completedOn == null;
    }

    public Long getId() {
        return id;
    }

    public int getStepNumber() {
        return stepNumber;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getComment() {
        return comment;
    }

    public String getMovedBy() {
        return movedBy;
    }
}
