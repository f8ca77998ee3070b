package org.reconnect.schedule.entity;

/** scheduled → attended, cancelled or no-show; only a scheduled appointment moves or changes. */
public enum AppointmentStatus {
    SCHEDULED, ATTENDED, CANCELLED, NO_SHOW;

    /** Whether it holds the therapist's time (and so can collide with another booking). */
    public boolean holdsTime() {
        return this == SCHEDULED || this == ATTENDED;
    }
}
