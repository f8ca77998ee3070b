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

    public boolean isJoint() {
        return individualWith == null;
    }

    public long getMinutes() {
        return java.time.Duration.between(startsAt, endsAt).toMinutes();
    }

    public boolean isScheduled() {
        return status == AppointmentStatus.SCHEDULED;
    }
}
