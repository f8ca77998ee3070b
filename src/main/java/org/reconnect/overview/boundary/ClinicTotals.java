package org.reconnect.overview.boundary;

import java.io.Serializable;

/**
 * The clinic's totals for the caseload dashboard.
 *
 * @param counts          the clinic's couples by status
 * @param waiting         open couples without a therapist: the waitlist
 * @param longestWaitDays how long the longest of them has waited
 */
public record ClinicTotals(StatusCounts counts, long waiting, long longestWaitDays) implements Serializable {

    public ClinicTotals(long referred, long intake, long active, long paused, long discharged, long waiting, long longestWaitDays) {
        this(new StatusCounts(referred, intake, active, paused, discharged), waiting, longestWaitDays);
    }

    /** The couples still in care, whatever their status. */
    public long getOpen() {
        return counts.open();
    }
}
