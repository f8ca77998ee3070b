package org.reconnect.messaging.control;

/**
 * Who may read and write in which of a couple's threads. A partner reads and writes the joint
 * thread and their own, never the other partner's; the couple's treating therapist all three;
 * nobody else any (an admin sees only that threads exist and how many messages they hold). While
 * a screening blocks joint work the joint thread is read-only for everyone; once the case is
 * discharged every thread is.
 */
public final class ThreadAccess {

    private ThreadAccess() {
    }

    /**
     * Why a readable thread cannot be written in, if it cannot. A partner is never told that a
     * screening blocks joint work (the other partner's screening may be why): for them the joint
     * thread is only {@code PAUSED}.
     */
    public enum ReadOnly { NO, JOINT_WORK_BLOCKED, PAUSED, DISCHARGED }

    /** What the caller may do in one thread; {@code read == false}: as if it did not exist. */
    public record Permission(boolean read, ReadOnly readOnly) {

        static final Permission NONE = new Permission(false, ReadOnly.NO);

        public boolean write() {
            return read && readOnly == ReadOnly.NO;
        }
    }

    /** The facts about a caller and a thread that decide. */
    public record Facts(Long threadPartnerId, Long callerPartnerId, boolean treatingTherapist, boolean jointWorkAllowed,
                        boolean discharged) {

        boolean joint() {
            return threadPartnerId == null;
        }
    }

    /** A partner of the couple is asked as a partner, whatever other role their account has. */
    public static Permission of(Facts f) {
        boolean partner = f.callerPartnerId() != null;
        boolean reads = partner ? f.joint() || f.threadPartnerId().equals(f.callerPartnerId()) : f.treatingTherapist();
        if (!reads) {
            return Permission.NONE;
        }
        if (f.discharged()) {
            return new Permission(true, ReadOnly.DISCHARGED);
        }
        if (f.joint() && !f.jointWorkAllowed()) {
            return new Permission(true, partner ? ReadOnly.PAUSED : ReadOnly.JOINT_WORK_BLOCKED);
        }
        return new Permission(true, ReadOnly.NO);
    }
}
