package org.reconnect.security.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountLinkTest {

    private static final Instant SENT = Instant.parse("2026-11-26T09:00:00Z");

    private static AccountLink link() {
        return new AccountLink(new UserAccount("alex@demo.test", "Alex", Set.of(Role.CLIENT)), "hash",
                LinkPurpose.PORTAL_INVITATION, SENT, "admin@demo.test");
    }

    @Test
    void linkWorksFor24Hours() {
        AccountLink link = link();

        assertTrue(link.isUsable(SENT.plus(Duration.ofHours(23))));
        assertFalse(link.isUsable(SENT.plus(Duration.ofHours(24))));
    }

    @Test
    void linkWorksOnce() {
        AccountLink link = link();

        link.use(SENT.plusSeconds(60));

        assertFalse(link.isUsable(SENT.plusSeconds(61)));
        assertThrows(IllegalStateException.class, () -> link.use(SENT.plusSeconds(62)));
    }

    @Test
    void revokedLinkNoLongerWorks() {
        AccountLink link = link();

        link.revoke(SENT.plusSeconds(10));

        assertFalse(link.isUsable(SENT.plusSeconds(11)));
    }
}
