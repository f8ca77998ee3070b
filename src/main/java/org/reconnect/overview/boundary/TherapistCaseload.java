package org.reconnect.overview.boundary;

import org.reconnect.clinic.entity.Capacity;

import java.io.Serializable;

/**
 * One therapist's line on the caseload dashboard. Homework adherence, questionnaire counts and
 * session notes come from their own capabilities.
 *
 * @param enabled a deactivated therapist still listed has open couples that need another therapist
 * @param counts  this therapist's couples by status (none discharged: the dashboard does not count those per therapist)
 */
public record TherapistCaseload(long therapistId, String name, boolean enabled, int maxCaseload, boolean acceptingNew,
                                StatusCounts counts, long flagged) implements Serializable {

    /** The line as the caseload query makes it (the flagged couples come from a second query). */
    public TherapistCaseload(long therapistId, String name, boolean enabled, int maxCaseload, boolean acceptingNew,
                             long referred, long intake, long active, long paused, long flagged) {
        this(therapistId, name, enabled, maxCaseload, acceptingNew, new StatusCounts(referred, intake, active, paused, 0), flagged);
    }

    TherapistCaseload withFlagged(long flaggedCouples) {
        return new TherapistCaseload(therapistId, name, enabled, maxCaseload, acceptingNew, counts, flaggedCouples);
    }

    /** The couples still in care, whatever their status. */
    public long getOpen() {
        return counts.open();
    }

    public int getPercentUsed() {
        return Capacity.percentUsed(getOpen(), maxCaseload);
    }
}
