package org.reconnect.couple.entity;

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
import org.reconnect.clinic.entity.Therapist;

import java.time.Instant;
import java.util.Objects;

/** One (re)assignment of a couple: from which therapist to which, why, when, by whom. Never changed. */
@Entity
@Immutable
@Table(name = "therapist_assignment")
public class TherapistAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_therapist_id")
    private Therapist fromTherapist;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_therapist_id")
    private Therapist toTherapist;

    @Column(nullable = false, length = 500)
    private String reason;

    /** The therapist was at or over capacity, or not taking new couples, and the admin confirmed. */
    @Column(name = "over_capacity", nullable = false)
    private boolean overCapacity;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 254)
    private String assignedBy;

    protected TherapistAssignment() {
    }

    public TherapistAssignment(Couple couple, Therapist from, Therapist to, String reason, boolean overCapacity,
                               Instant at, String by) {
        this.couple = Objects.requireNonNull(couple);
        this.fromTherapist = from;
        this.toTherapist = to;
        this.reason = Objects.requireNonNull(reason).strip();
        this.overCapacity = overCapacity;
        this.assignedAt = Objects.requireNonNull(at);
        this.assignedBy = Objects.requireNonNull(by);
    }

    public Long getId() {
        return id;
    }

    public Therapist getFromTherapist() {
        return fromTherapist;
    }

    public Therapist getToTherapist() {
        return toTherapist;
    }

    public String getReason() {
        return reason;
    }

    public boolean isOverCapacity() {
        return overCapacity;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }
}
