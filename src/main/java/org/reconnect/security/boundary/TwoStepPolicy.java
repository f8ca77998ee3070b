package org.reconnect.security.boundary;

/**
 * The clinic's choice that two-step sign-in applies to therapists too (admins always need it).
 * Security does not know the clinic's settings: the clinic capability answers this question (a
 * CDI bean implementing it), so the arrow points from clinic to security only.
 */
public interface TwoStepPolicy {

    /** Whether every therapist must sign in with a second step. */
    boolean requiredForTherapists();
}
