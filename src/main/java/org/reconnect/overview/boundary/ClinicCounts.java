package org.reconnect.overview.boundary;

import java.io.Serializable;

/** The admin's first look at the clinic. A JavaBean, because records are not EL beans in Faces 4.0. */
public final class ClinicCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long therapists;
    private final long openCouples;
    private final long unassignedCouples;

    public ClinicCounts(long therapists, long openCouples, long unassignedCouples) {
        this.therapists = therapists;
        this.openCouples = openCouples;
        this.unassignedCouples = unassignedCouples;
    }

    /** Therapists whose account is enabled. */
    public long getTherapists() {
        return therapists;
    }

    /** Couples in any status but discharged. */
    public long getOpenCouples() {
        return openCouples;
    }

    /** Open couples without a therapist: the intake queue. */
    public long getUnassignedCouples() {
        return unassignedCouples;
    }
}
