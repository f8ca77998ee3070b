package org.reconnect.shared.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkTokensTest {

    @Test
    void tokensAreUrlSafeAndUnguessablyDifferent() {
        String one = LinkTokens.newToken();
        String two = LinkTokens.newToken();

        assertTrue(LinkTokens.looksValid(one), one);
        assertNotEquals(one, two);
    }

    @Test
    void onlyTheHashIsKeptAndItIsStable() {
        String token = LinkTokens.newToken();

        assertEquals(64, LinkTokens.hash(token).length());
        assertEquals(LinkTokens.hash(token), LinkTokens.hash(token));
        assertFalse(LinkTokens.hash(token).contains(token));
    }

    @Test
    void anythingThatIsNotATokenIsNotLookedUp() {
        assertFalse(LinkTokens.looksValid(null));
        assertFalse(LinkTokens.looksValid("short"));
        assertFalse(LinkTokens.looksValid("<script>alert(1)</script>aaaaaaaaaaaaaaaaaaaaaaa"));
    }
}
