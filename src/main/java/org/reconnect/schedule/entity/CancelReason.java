package org.reconnect.schedule.entity;

/** Why the system cancelled a session booked ahead (a therapist's own cancellation has none). */
public enum CancelReason {
    /** A safety screening blocks joint work: joint sessions are cancelled, individual ones stay. */
    SAFETY_SCREENING,
    /** The couple moved to another therapist, who books their own sessions. */
    REASSIGNED,
    /** The case was discharged. */
    DISCHARGED
}
