package org.reconnect.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reconnect.clinic.entity.Therapist;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.shared.entity.TrackedEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A session on a therapist's calendar: joint (both partners) or individual (one partner), in
 * person or by video, from a start to an end. Scheduled until it is marked attended, cancelled
 * or a no-show; only a scheduled one moves or changes.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends TrackedEntity {

    public static final Duration LONGEST = Duration.ofHours(4);
    public static final int MAX_LOCATION = 200;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "couple_id", nullable = false, updatable = false)
    private Couple couple;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "therapist_id", nullable = false)
    private Therapist therapist;

    /** {@code null}: a joint session. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", updatable = false)
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Modality modality;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = MAX_LOCATION)
    private String location;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private AppointmentStatus status = AppointmentStatus.SCHEDULED;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "cancel_reason", length = 20)
    private CancelReason cancelReason;

    protected Appointment() {
    }

    public Appointment(Couple couple, Therapist therapist, Partner individualWith, Modality modality, Instant startsAt,
                       Instant endsAt, String location) {
        this.couple = Objects.requireNonNull(couple);
        if (individualWith != null && !Objects.equals(individualWith.getCouple().getId(), couple.getId())) {
            throw new IllegalArgumentException("appointment.partnerNotOfCouple");
        }
        this.therapist = Objects.requireNonNull(therapist);
        this.partner = individualWith;
        describe(modality, startsAt, endsAt, location);
    }

    /** Whether describing it so changes what its partners were told (when, how or where): then they are told again. */
    public boolean changesForPartners(Modality newModality, Instant newStart, Instant newEnd, String newLocation) {
        return modality != newModality || !Objects.equals(startsAt, newStart) || !Objects.equals(endsAt, newEnd)
                || !Objects.equals(location, newLocation == null ? null : newLocation.strip());
    }

    /** Moves or changes a scheduled appointment. */
    public void describe(Modality newModality, Instant newStart, Instant newEnd, String newLocation) {
        if (status != AppointmentStatus.SCHEDULED && startsAt != null) {
            throw new IllegalStateException("appointment.notScheduled");
        }
        Objects.requireNonNull(newStart);
        Objects.requireNonNull(newEnd);
        if (!newEnd.isAfter(newStart) || Duration.between(newStart, newEnd).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("appointment.times");
        }
        this.modality = Objects.requireNonNull(newModality);
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.location = Objects.requireNonNull(newLocation).strip();
        this.reminderSentAt = null;
    }

    public void mark(AppointmentStatus outcome) {
        if (status != AppointmentStatus.SCHEDULED || outcome == AppointmentStatus.SCHEDULED) {
            throw new IllegalStateException("appointment.notScheduled");
        }
        status = Objects.requireNonNull(outcome);
    }

    /** The system cancels a session booked ahead, saying why (a safety screening, a new therapist, a discharge). */
    public void cancelFor(CancelReason reason) {
        mark(AppointmentStatus.CANCELLED);
        cancelReason = Objects.requireNonNull(reason);
    }

    public CancelReason getCancelReason() {
        return cancelReason;
    }

    public void remindedAt(Instant at) {
        reminderSentAt = at;
    }

    public boolean isJoint() {
        return partner == null;
    }

    /** Whether this partner may see it: a joint session, or their own individual one. */
    public boolean isVisibleTo(Partner someone) {
        return partner == null || Objects.equals(partner.getId(), someone.getId());
    }

    public long minutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }

    public Couple getCouple() {
        return couple;
    }

    public Therapist getTherapist() {
        return therapist;
    }

    public Partner getPartner() {
        return partner;
    }

    public Modality getModality() {
        return modality;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getLocation() {
        return location;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }
}
