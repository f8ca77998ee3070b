package org.reconnect.clinic.boundary;

/**
 * How many couples a staff member still carries. The clinic does not know couples: the couple
 * capability answers this question (a CDI bean implementing it), so the arrow points from couple
 * to clinic only.
 */
public interface Caseloads {

    /** The couples assigned to the therapist with this account whose case is not discharged. */
    long openCouplesOf(long accountId);
}
