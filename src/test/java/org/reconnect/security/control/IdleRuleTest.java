package org.reconnect.security.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdleRuleTest {

    @Test
    void onlyAComponentWhoseOwnIdStartsWithBackgroundIsThePagesOwnRequest() {
        assertTrue(IdleRule.isBackground("backgroundForm:backgroundPoll"));
        assertTrue(IdleRule.isBackground("backgroundPoll"));
        assertFalse(IdleRule.isBackground("backgroundForm:send"), "a button in such a form is the person's");
        assertFalse(IdleRule.isBackground("compose:send"));
        assertFalse(IdleRule.isBackground(null));
        assertFalse(IdleRule.isBackground(""));
    }

    @Test
    void theSessionEndsOnceTheLastActivityIsTheIdleLimitAgo() {
        long last = 1_000_000L;
        assertFalse(IdleRule.ended(last, last + 30 * 60 * 1000L - 1, 30 * 60));
        assertTrue(IdleRule.ended(last, last + 30 * 60 * 1000L, 30 * 60));
        assertFalse(IdleRule.ended(last, last + 999_999_999L, 0), "no limit, no end");
    }
}
