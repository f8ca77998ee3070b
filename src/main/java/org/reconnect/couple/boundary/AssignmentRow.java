package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.TherapistAssignment;

import java.io.Serializable;
import java.time.Instant;

/** One line of a couple's assignment history. */
public record AssignmentRow(String from, String to, String reason, boolean overCapacity, Instant at, String by)
        implements Serializable {

    static AssignmentRow of(TherapistAssignment assignment) {
        return new AssignmentRow(assignment.getFromTherapist() == null ? null : assignment.getFromTherapist().getAccount().getDisplayName(),
                assignment.getToTherapist() == null ? null : assignment.getToTherapist().getAccount().getDisplayName(),
                assignment.getReason(), assignment.isOverCapacity(), assignment.getAssignedAt(), assignment.getAssignedBy());
    }
}
