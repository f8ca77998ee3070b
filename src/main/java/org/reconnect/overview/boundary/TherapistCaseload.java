package org.reconnect.overview.boundary;

import org.reconnect.clinic.entity.Capacity;
import org.reconnect.couple.entity.CaseStatus;

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
    private final long referred;
    private final long intake;
    private final long active;
    private final long paused;
    private final long flagged;

    public TherapistCaseload(long therapistId, String name, boolean enabled, int maxCaseload, boolean acceptingNew,
                             long referred, long intake, long active, long paused, long flagged) {
        this.therapistId = therapistId;
        this.name = name;
        this.enabled = enabled;
        this.maxCaseload = maxCaseload;
        this.acceptingNew = acceptingNew;
        this.referred = referred;
        this.intake = intake;
        this.active = active;
        this.paused = paused;
        this.flagged = flagged;
    }

    TherapistCaseload withFlagged(long flaggedCouples) {
        return new TherapistCaseload(therapistId, name, enabled, maxCaseload, acceptingNew, referred, intake, active,
                paused, flaggedCouples);
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
        return referred;
    }

    public long getIntake() {
        return intake;
    }

    public long getActive() {
        return active;
    }

    public long getPaused() {
        return paused;
    }

    /** Couples of this therapist of one status (none discharged: the dashboard does not count those per therapist). */
    public long of(CaseStatus status) {
        return switch (status) {
            case REFERRED -> referred;
            case INTAKE -> intake;
            case ACTIVE -> active;
            case PAUSED -> paused;
            case DISCHARGED -> 0;
        };
    }

    /** The couples still in care, whatever their status: {@link CaseStatus#countOpen}. */
    public long getOpen() {
        return CaseStatus.countOpen(this::of);
    }

    public long getFlagged() {
        return flagged;
    }

    public int getPercentUsed() {
        return Capacity.percentUsed(getOpen(), maxCaseload);
    }
}
