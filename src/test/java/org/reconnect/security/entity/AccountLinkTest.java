package org.reconnect.security.entity;

import org.reconnect.shared.entity.Role;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountLinkTest {

    private static final Instant SENT = Instant.parse("2026-11-26T09:00:00Z");

    private static AccountLink link() {
        return link(LinkPurpose.PORTAL_INVITATION);
    }

    private static AccountLink link(LinkPurpose purpose) {
        return new AccountLink(new UserAccount("alex@demo.test", "Alex", Set.of(Role.CLIENT)), "hash",
                purpose, SENT, "admin@demo.test");
    }

    @Test
    void linkWorksFor24Hours() {
        AccountLink link = link();

        assertTrue(link.isUsable(SENT.plus(Duration.ofHours(23))));
        assertFalse(link.isUsable(SENT.plus(Duration.ofHours(24))));
    }

    @Test
    void staffSetupLinkWorksFor24Hours() {
        AccountLink link = link(LinkPurpose.STAFF_SETUP);

        assertTrue(link.isUsable(SENT.plus(Duration.ofHours(23))));
        assertFalse(link.isUsable(SENT.plus(Duration.ofHours(24))));
    }

    @Test
    void resetLinkWorksFor30MinutesOnly() {
        AccountLink link = link(LinkPurpose.PASSWORD_RESET);

        assertTrue(link.isUsable(SENT.plus(Duration.ofMinutes(29))));
        assertFalse(link.isUsable(SENT.plus(Duration.ofMinutes(30))));
        assertEquals(SENT.plus(Duration.ofMinutes(30)), link.getExpiresAt());
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
