package org.reconnect.overview.boundary;

import org.reconnect.couple.entity.CaseStatus;

import java.io.Serializable;

/** How many couples there are of each status (the clinic's, or one therapist's). */
public record StatusCounts(long referred, long intake, long active, long paused, long discharged) implements Serializable {

    /** The couples of one status. */
    public long of(CaseStatus status) {
        return switch (status) {
            case REFERRED -> referred;
            case INTAKE -> intake;
            case ACTIVE -> active;
            case PAUSED -> paused;
            case DISCHARGED -> discharged;
        };
    }

    /** The couples still in care, whatever their status: {@link CaseStatus#countOpen}. */
    public long open() {
        return CaseStatus.countOpen(this::of);
    }
}
