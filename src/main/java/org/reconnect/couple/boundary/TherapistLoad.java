package org.reconnect.couple.boundary;

import org.reconnect.clinic.entity.Capacity;

import java.io.Serializable;

/** A therapist as matching sees them: open couples against capacity, taking new couples or not. */
public record TherapistLoad(long therapistId, String name, String credentials, long openCouples, int maxCaseload,
                            boolean acceptingNew) implements Serializable {

    public int getPercentUsed() {
        return Capacity.percentUsed(openCouples, maxCaseload);
    }

    /** One more couple would need the admin's confirmation. */
    public boolean isNeedsConfirmation() {
        return Capacity.needsConfirmation(openCouples, maxCaseload, acceptingNew);
    }
}
