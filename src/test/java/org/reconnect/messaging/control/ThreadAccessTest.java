package org.reconnect.messaging.control;

import org.junit.jupiter.api.Test;
import org.reconnect.messaging.control.ThreadAccess.Facts;
import org.reconnect.messaging.control.ThreadAccess.ReadOnly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadAccessTest {

    private static final Long A = 11L;
    private static final Long B = 12L;
    private static final Long JOINT = null;

    private static ThreadAccess.Permission partner(Long caller, Long thread) {
        return ThreadAccess.of(new Facts(thread, caller, false, true, false));
    }

    @Test
    void aPartnerReadsAndWritesTheJointThreadAndTheirOwnNeverTheOthers() {
        assertTrue(partner(A, JOINT).write());
        assertTrue(partner(A, A).write());
        assertFalse(partner(A, B).read(), "A never reads B's own thread");
        assertFalse(partner(B, A).read(), "nor B A's");
        assertTrue(partner(B, B).write());
    }

    @Test
    void theTreatingTherapistHasAllThreeAndNobodyElseAny() {
        for (Long thread : new Long[] {JOINT, A, B}) {
            assertTrue(ThreadAccess.of(new Facts(thread, null, true, true, false)).write());
            assertFalse(ThreadAccess.of(new Facts(thread, null, false, true, false)).read(),
                    "another therapist, an admin, another couple's partner");
        }
    }

    @Test
    void aBlockedScreeningMakesTheJointThreadReadOnlyForEveryoneAndLeavesTheOwnThreadsOpen() {
        ThreadAccess.Permission partnerJoint = ThreadAccess.of(new Facts(JOINT, A, false, false, false));
        assertTrue(partnerJoint.read());
        assertFalse(partnerJoint.write());
        assertEquals(ReadOnly.PAUSED, partnerJoint.readOnly(), "a partner is not told that a screening is why");
        ThreadAccess.Permission therapistJoint = ThreadAccess.of(new Facts(JOINT, null, true, false, false));
        assertFalse(therapistJoint.write(), "the therapist too");
        assertEquals(ReadOnly.JOINT_WORK_BLOCKED, therapistJoint.readOnly(), "the therapist is");
        assertTrue(ThreadAccess.of(new Facts(A, A, false, false, false)).write());
        assertTrue(ThreadAccess.of(new Facts(B, null, true, false, false)).write());
        assertFalse(ThreadAccess.of(new Facts(B, A, false, false, false)).read(), "and still not the other's");
    }

    @Test
    void anAccountThatIsAPartnerOfTheCoupleIsAskedAsAPartnerEvenIfItAlsoTreatsThem() {
        assertFalse(ThreadAccess.of(new Facts(B, A, true, true, false)).read(), "A never reads B's own thread");
        assertTrue(ThreadAccess.of(new Facts(A, A, true, true, false)).write());
        assertEquals(ReadOnly.PAUSED, ThreadAccess.of(new Facts(JOINT, A, true, false, false)).readOnly());
    }

    @Test
    void afterDischargeEveryThreadStaysReadableAndTakesNothingNew() {
        for (Long thread : new Long[] {JOINT, A}) {
            ThreadAccess.Permission p = ThreadAccess.of(new Facts(thread, A, false, true, true));
            assertTrue(p.read());
            assertFalse(p.write());
            assertEquals(ReadOnly.DISCHARGED, p.readOnly());
        }
        assertFalse(ThreadAccess.of(new Facts(JOINT, null, true, true, true)).write());
        assertFalse(ThreadAccess.of(new Facts(B, A, false, true, true)).read());
    }
}
