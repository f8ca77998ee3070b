package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.CaseStatusChange;

import java.io.Serializable;
import java.time.Instant;

/** One line of a case's status history. */
public final class StatusChangeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int episode;
    private final CaseStatus from;
    private final CaseStatus to;
    private final String reason;
    private final Instant at;
    private final String by;

    StatusChangeRow(CaseStatusChange change) {
        this.episode = change.getEpisode();
        this.from = change.getFromStatus();
        this.to = change.getToStatus();
        this.reason = change.getReason();
        this.at = change.getChangedAt();
        this.by = change.getChangedBy();
    }

    public int getEpisode() {
        return episode;
    }

    public CaseStatus getFrom() {
        return from;
    }

    public CaseStatus getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }
}
