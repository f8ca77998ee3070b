package org.reconnect.overview.boundary;

import org.reconnect.couple.entity.CaseStatus;

import java.io.Serializable;

/** The clinic's totals for the caseload dashboard. */
public final class ClinicTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long referred;
    private final long intake;
    private final long active;
    private final long paused;
    private final long discharged;
    private final long waiting;
    private final long longestWaitDays;

    public ClinicTotals(long referred, long intake, long active, long paused, long discharged, long waiting,
                        long longestWaitDays) {
        this.referred = referred;
        this.intake = intake;
        this.active = active;
        this.paused = paused;
        this.discharged = discharged;
        this.waiting = waiting;
        this.longestWaitDays = longestWaitDays;
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

    public long getDischarged() {
        return discharged;
    }

    /** The clinic's couples of one status. */
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
    public long getOpen() {
        return CaseStatus.countOpen(this::of);
    }

    /** Open couples without a therapist: the waitlist. */
    public long getWaiting() {
        return waiting;
    }

    public long getLongestWaitDays() {
        return longestWaitDays;
    }
}
