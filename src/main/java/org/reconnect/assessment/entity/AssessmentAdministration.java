package org.reconnect.assessment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.shared.entity.TrackedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One partner's answering of one instrument version, for one due date. The answers may be saved
 * and resumed until the partner submits; from then on nothing changes but the therapist's mark
 * "entered in error" (the database enforces this as well).
 */
@Entity
@Table(name = "assessment_administration")
public class AssessmentAdministration extends TrackedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private AssessmentPlan plan;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "couple_id", nullable = false, updatable = false)
    private Couple couple;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "instrument_id", nullable = false, updatable = false)
    private InstrumentVersion instrument;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "opens_on", nullable = false, updatable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", updatable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AdministrationStatus status = AdministrationStatus.DUE;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "error_reason", length = 500)
    private String errorReason;

    @Column(name = "error_at")
    private Instant errorAt;

    @Column(name = "error_by", length = 254)
    private String errorBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "administration_id"))
    @MapKeyColumn(name = "item_id", length = 30)
    @Column(name = "answer_value", nullable = false)
    private Map<String, Integer> answers = new HashMap<>();

    protected AssessmentAdministration() {
    }

    AssessmentAdministration(AssessmentPlan plan, Partner partner, LocalDate dueOn, LocalDate opensOn, LocalDate closesOn) {
        this.plan = Objects.requireNonNull(plan);
        this.couple = plan.getCouple();
        this.partner = Objects.requireNonNull(partner);
        this.instrument = plan.getInstrument();
        this.dueOn = Objects.requireNonNull(dueOn);
        this.opensOn = Objects.requireNonNull(opensOn);
        this.closesOn = closesOn;
    }

    /** Whether the partner may answer it on {@code day}. */
    public boolean isAnswerableOn(LocalDate day) {
        return status.isOpen() && !day.isBefore(opensOn) && (closesOn == null || !day.isAfter(closesOn));
    }

    /** Whether it is past due and unanswered, but may still be answered. */
    public boolean isOverdueOn(LocalDate day) {
        return isAnswerableOn(day) && day.isAfter(dueOn);
    }

    /** Replaces the saved answers with these (checked by the caller), keeping it open. */
    public void saveAnswers(Map<String, Integer> newAnswers) {
        requireOpen();
        answers.keySet().retainAll(newAnswers.keySet());
        answers.putAll(newAnswers);
        status = AdministrationStatus.IN_PROGRESS;
    }

    /** Submits: final from now on. The answers must have been saved (and flushed) before. */
    public void submit(Instant at) {
        requireOpen();
        status = AdministrationStatus.SUBMITTED;
        submittedAt = Objects.requireNonNull(at);
    }

    public void markEnteredInError(String reason, Instant at, String by) {
        if (status != AdministrationStatus.SUBMITTED) {
            throw new IllegalStateException("assessment.notSubmitted");
        }
        status = AdministrationStatus.ENTERED_IN_ERROR;
        errorReason = Objects.requireNonNull(reason);
        errorAt = Objects.requireNonNull(at);
        errorBy = Objects.requireNonNull(by);
    }

    public void cancel() {
        requireOpen();
        status = AdministrationStatus.CANCELLED;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("assessment.closed");
        }
    }

    public Map<String, Integer> getAnswers() {
        return Collections.unmodifiableMap(answers);
    }

    public AssessmentPlan getPlan() {
        return plan;
    }

    public Couple getCouple() {
        return couple;
    }

    public Partner getPartner() {
        return partner;
    }

    public InstrumentVersion getInstrument() {
        return instrument;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public AdministrationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getErrorReason() {
        return errorReason;
    }

    public Instant getErrorAt() {
        return errorAt;
    }

    public String getErrorBy() {
        return errorBy;
    }
}
