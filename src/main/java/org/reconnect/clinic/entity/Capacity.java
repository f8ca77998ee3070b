package org.reconnect.clinic.entity;

/**
 * Whether giving a therapist one more couple needs the admin's explicit confirmation: when it
 * takes their open caseload past their maximum, or when they are not taking new couples.
 */
public final class Capacity {

    private Capacity() {
    }

    public static boolean needsConfirmation(long openCouples, int maxCaseload, boolean acceptingNew) {
        return !acceptingNew || openCouples + 1 > maxCaseload;
    }

    /** Share of the capacity in use, in percent (a therapist with no capacity is full). */
    public static int percentUsed(long openCouples, int maxCaseload) {
        if (maxCaseload <= 0) {
            return openCouples > 0 ? 100 : 0;
        }
        return (int) Math.round(100.0 * openCouples / maxCaseload);
    }
}
