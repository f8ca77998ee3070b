package org.reconnect.overview.boundary;

import java.io.Serializable;

/** The clinic's totals for the caseload dashboard. */
public final class ClinicTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StatusCounts counts;
    private final long waiting;
    private final long longestWaitDays;

    public ClinicTotals(long referred, long intake, long active, long paused, long discharged, long waiting,
                        long longestWaitDays) {
        this.counts = new StatusCounts(referred, intake, active, paused, discharged);
        this.waiting = waiting;
        this.longestWaitDays = longestWaitDays;
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

    public long getDischarged() {
        return counts.discharged();
    }

    /** The clinic's couples by status. */
    public StatusCounts getCounts() {
        return counts;
    }

    /** The couples still in care, whatever their status. */
    public long getOpen() {
        return counts.open();
    }

    /** Open couples without a therapist: the waitlist. */
    public long getWaiting() {
        return waiting;
    }

    public long getLongestWaitDays() {
        return longestWaitDays;
    }
}
