package org.reconnect.couple.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fired, in the recording transaction, when a safety screening leaves a couple's joint work
 * blocked. Other capabilities observe it in the same transaction (the sessions booked ahead:
 * every joint one is cancelled) and report here what they did, so that the therapist sees it on
 * the page where the screening was recorded.
 */
public final class JointWorkBlocked {

    private final long coupleId;
    private final List<Instant> cancelledSessions = new ArrayList<>();

    public JointWorkBlocked(long coupleId) {
        this.coupleId = coupleId;
    }

    public long coupleId() {
        return coupleId;
    }

    /** An observer cancelled the joint session that was to start then. */
    public void cancelled(Instant sessionStart) {
        cancelledSessions.add(sessionStart);
    }

    /** The starts of the joint sessions cancelled, earliest first. */
    public List<Instant> cancelledSessions() {
        return cancelledSessions.stream().sorted().toList();
    }
}
