package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.TherapistAssignment;

import java.io.Serializable;
import java.time.Instant;

/** One line of a couple's assignment history. */
public final class AssignmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;
    private final String reason;
    private final boolean overCapacity;
    private final Instant at;
    private final String by;

    AssignmentRow(TherapistAssignment assignment) {
        this.from = assignment.getFromTherapist() == null ? null
                : assignment.getFromTherapist().getAccount().getDisplayName();
        this.to = assignment.getToTherapist() == null ? null : assignment.getToTherapist().getAccount().getDisplayName();
        this.reason = assignment.getReason();
        this.overCapacity = assignment.isOverCapacity();
        this.at = assignment.getAssignedAt();
        this.by = assignment.getAssignedBy();
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public boolean isOverCapacity() {
        return overCapacity;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }
}
