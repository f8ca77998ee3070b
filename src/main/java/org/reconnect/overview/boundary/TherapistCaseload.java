package org.reconnect.overview.boundary;

import org.reconnect.clinic.entity.Capacity;

import java.io.Serializable;

/**
 * One therapist's line on the caseload dashboard. Homework adherence, questionnaire counts and
 * session notes come from their own capabilities.
 */
public final class TherapistCaseload implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long therapistId;
    private final String name;
    private final boolean enabled;
    private final int maxCaseload;
    private final boolean acceptingNew;
    private final StatusCounts counts;
    private final long flagged;

    public TherapistCaseload(long therapistId, String name, boolean enabled, int maxCaseload, boolean acceptingNew,
                             long referred, long intake, long active, long paused, long flagged) {
        this.therapistId = therapistId;
        this.name = name;
        this.enabled = enabled;
        this.maxCaseload = maxCaseload;
        this.acceptingNew = acceptingNew;
        this.counts = new StatusCounts(referred, intake, active, paused, 0);
        this.flagged = flagged;
    }

    TherapistCaseload withFlagged(long flaggedCouples) {
        return new TherapistCaseload(therapistId, name, enabled, maxCaseload, acceptingNew, counts.referred(),
                counts.intake(), counts.active(), counts.paused(), flaggedCouples);
    }

    public long getTherapistId() {
        return therapistId;
    }

    public String getName() {
        return name;
    }

    /** A deactivated therapist still listed has open couples that need another therapist. */
    public boolean isEnabled() {
        return enabled;
    }

    public int getMaxCaseload() {
        return maxCaseload;
    }

    public boolean isAcceptingNew() {
        return acceptingNew;
    }

    public long getReferred() {
        return counts.referred();
    }

    public long getIntake() {
        return counts.intake();
    }

    public long getActive() {
        return counts.active();
    }

    public long getPaused() {
        return counts.paused();
    }

    /** This therapist's couples by status (none discharged: the dashboard does not count those per therapist). */
    public StatusCounts getCounts() {
        return counts;
    }

    /** The couples still in care, whatever their status. */
    public long getOpen() {
        return counts.open();
    }

    public long getFlagged() {
        return flagged;
    }

    public int getPercentUsed() {
        return Capacity.percentUsed(getOpen(), maxCaseload);
    }
}
