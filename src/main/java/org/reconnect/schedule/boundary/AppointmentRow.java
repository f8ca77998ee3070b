package org.reconnect.schedule.boundary;

import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.schedule.entity.CancelReason;
import org.reconnect.schedule.entity.Modality;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An appointment for a list or the calendar, in the clinic's (or, in the portal, the partner's)
 * time zone; with the state of its note (never its text): {@code null} when there is none.
 */
public record AppointmentRow(long id, long version, long coupleId, String caseNumber, String couple, String individualWith,
                             Modality modality, LocalDateTime startsAt, LocalDateTime endsAt, String location,
                             AppointmentStatus status, Long noteId, String noteStatus, CancelReason cancelReason)
        implements Serializable {

    /** Why the system cancelled it (a safety screening, a new therapist, a discharge), or {@code null}. */
    public CancelReason getCancelReason() {
        return cancelReason;
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

    /** The partner of an individual session, {@code null} for a joint one. */
    public String getIndividualWith() {
        return individualWith;
    }

    public boolean isJoint() {
        return individualWith == null;
    }

    public Modality getModality() {
        return modality;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public long getMinutes() {
        return java.time.Duration.between(startsAt, endsAt).toMinutes();
    }

    public String getLocation() {
        return location;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public Long getNoteId() {
        return noteId;
    }

    public String getNoteStatus() {
        return noteStatus;
    }

    public boolean isScheduled() {
        return status == AppointmentStatus.SCHEDULED;
    }
}
