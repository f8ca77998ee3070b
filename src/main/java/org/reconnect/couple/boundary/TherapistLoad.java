package org.reconnect.couple.boundary;

import org.reconnect.clinic.entity.Capacity;

import java.io.Serializable;

/** A therapist as matching sees them: open couples against capacity, taking new couples or not. */
public final class TherapistLoad implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long therapistId;
    private final String name;
    private final String credentials;
    private final long openCouples;
    private final int maxCaseload;
    private final boolean acceptingNew;

    public TherapistLoad(long therapistId, String name, String credentials, long openCouples, int maxCaseload,
                         boolean acceptingNew) {
        this.therapistId = therapistId;
        this.name = name;
        this.credentials = credentials;
        this.openCouples = openCouples;
        this.maxCaseload = maxCaseload;
        this.acceptingNew = acceptingNew;
    }

    public long getTherapistId() {
        return therapistId;
    }

    public String getName() {
        return name;
    }

    public String getCredentials() {
        return credentials;
    }

    public long getOpenCouples() {
        return openCouples;
    }

    public int getMaxCaseload() {
        return maxCaseload;
    }

    public boolean isAcceptingNew() {
        return acceptingNew;
    }

    public int getPercentUsed() {
        return Capacity.percentUsed(openCouples, maxCaseload);
    }

    /** One more couple would need the admin's confirmation. */
    public boolean isNeedsConfirmation() {
        return Capacity.needsConfirmation(openCouples, maxCaseload, acceptingNew);
    }
}
