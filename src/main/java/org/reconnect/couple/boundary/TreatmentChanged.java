package org.reconnect.couple.boundary;

/**
 * Fired, in the changing transaction, when a couple's treatment changes hands or ends: a new
 * therapist, or a discharge. Other capabilities (the sessions booked ahead) observe it.
 */
public record TreatmentChanged(long coupleId, Why why) {

    public enum Why { REASSIGNED, DISCHARGED }
}
