package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.CaseStatusChange;

import java.io.Serializable;
import java.time.Instant;

/** One line of a case's status history. */
public record StatusChangeRow(int episode, CaseStatus from, CaseStatus to, String reason, Instant at, String by)
        implements Serializable {

    static StatusChangeRow of(CaseStatusChange change) {
        return new StatusChangeRow(change.getEpisode(), change.getFromStatus(), change.getToStatus(), change.getReason(),
                change.getChangedAt(), change.getChangedBy());
    }
}
