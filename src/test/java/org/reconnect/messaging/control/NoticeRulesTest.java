package org.reconnect.messaging.control;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeRulesTest {

    @Test
    void quietFromNineInTheEveningToEightInTheMorning() {
        assertFalse(NoticeRules.mayNotifyAt(LocalTime.of(7, 59, 59)));
        assertTrue(NoticeRules.mayNotifyAt(LocalTime.of(8, 0)));
        assertTrue(NoticeRules.mayNotifyAt(LocalTime.of(20, 59, 59)));
        assertFalse(NoticeRules.mayNotifyAt(LocalTime.of(21, 0)));
        assertFalse(NoticeRules.mayNotifyAt(LocalTime.MIDNIGHT));
    }

    @Test
    void theEmailSaysWhoWroteOnlyAsTherapistOrPartner() {
        assertEquals(NoticeRules.From.THERAPIST, NoticeRules.from(2, 0));
        assertEquals(NoticeRules.From.PARTNER, NoticeRules.from(0, 1));
        assertEquals(NoticeRules.From.BOTH, NoticeRules.from(1, 3));
    }
}
