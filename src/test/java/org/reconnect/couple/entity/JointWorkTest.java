package org.reconnect.couple.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.couple.entity.Screening.CLEARED;
import static org.reconnect.couple.entity.Screening.CONCERNS;
import static org.reconnect.couple.entity.Screening.NOT_SCREENED;

class JointWorkTest {

    @Test
    void jointWorkIsAllowedWhenBothPartnersAreCleared() {
        assertEquals(JointWork.Verdict.ALLOWED, JointWork.evaluate(List.of(CLEARED, CLEARED), false));
        assertFalse(JointWork.flagged(List.of(CLEARED, CLEARED)));
    }

    @Test
    void missingScreeningBlocksJointWork() {
        assertEquals(JointWork.Verdict.BLOCKED_NOT_SCREENED, JointWork.evaluate(List.of(CLEARED, NOT_SCREENED), false));
        assertFalse(JointWork.evaluate(List.of(NOT_SCREENED, NOT_SCREENED), false).isAllowed());
    }

    @Test
    void concernsBlockJointWorkUntilADecision() {
        assertEquals(JointWork.Verdict.BLOCKED_CONCERNS, JointWork.evaluate(List.of(CONCERNS, NOT_SCREENED), false));
        assertEquals(JointWork.Verdict.ALLOWED_BY_DECISION, JointWork.evaluate(List.of(CONCERNS, CLEARED), true));
        assertTrue(JointWork.evaluate(List.of(CONCERNS, CLEARED), true).isAllowed());
    }

    @Test
    void coupleStaysFlaggedEvenWithADecision() {
        assertTrue(JointWork.flagged(List.of(CONCERNS, CLEARED)));
    }

    @Test
    void aCoupleWithoutBothPartnersIsFlagged() {
        assertTrue(JointWork.flagged(List.of(CLEARED)));
    }
}
