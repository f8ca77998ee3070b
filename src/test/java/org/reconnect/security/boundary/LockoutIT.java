package org.reconnect.security.boundary;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Http;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lockout through real form logins: five wrong passwords within 15 minutes lock the account for
 * 15 minutes, during which even the right password fails exactly like a wrong one; the lock
 * runs out, or an admin lifts it; a success clears the count; unknown accounts are answered the
 * same way; everything is audited. And the idle time-outs each kind of session is given.
 */
@ExtendWith(ArquillianExtension.class)
class LockoutIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(LockoutIT.class);
    }

    private static LoginThrottle throttle() {
        return Deployed.boundary(LoginThrottle.class);
    }

    /** Signs in as a browser does: the login, then the page it leads to (where the login is recorded). */
    private static boolean logIn(String email, String password) throws Exception {
        Http browser = new Http();
        boolean in = browser.logIn(email, password);
        if (in) {
            browser.get("/home");
        }
        return in;
    }

    private static void failTimes(String email, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            assertFalse(new Http().logIn(email, "wrong-password-" + i));
        }
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
        String email = Fixtures.therapist(Fixtures.uniqueEmail("lockout"));
        failTimes(email, 4);
        assertTrue(logIn(email, PASSWORD), "four failures do not lock");
        failTimes(email, 4);
        assertTrue(logIn(email, PASSWORD), "a success cleared the count");

        failTimes(email, 5);
        assertFalse(logIn(email, PASSWORD), "locked: the right password fails like a wrong one");
        long userId = Deployed.number("SELECT id FROM user_account WHERE email = ?", email);
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM login_throttle WHERE user_id = ? AND locked_until > UTC_TIMESTAMP(6)"
                + " AND locked_until <= UTC_TIMESTAMP(6) + INTERVAL 15 MINUTE", userId));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_LOCKED' AND actor = ?", email));
        failTimes(email, 3);
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_LOCKED' AND actor = ?", email),
                "attempts while locked do not lock again");

        assertTrue(RunAs.user("admin@demo.test", () -> throttle().locked()).stream().anyMatch(l -> l.email().equals(email)));
        assertThrows(EJBAccessException.class, () -> RunAs.user("maya@demo.test", () -> {
            throttle().unlock(userId);
            return null;
        }), "only admins unlock");
        RunAs.user("admin@demo.test", () -> throttle().unlock(userId));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_UNLOCKED' AND target_id = ?",
                String.valueOf(userId)));
        assertTrue(logIn(email, PASSWORD), "unlocked");
        assertEquals("lockout.notLocked", assertThrows(Refusal.class,
                () -> RunAs.user("admin@demo.test", () -> {
                    throttle().unlock(userId);
                    return null;
                })).getKey());
    }

    @Test
    void theLockRunsOutAfterFifteenMinutes() throws Exception {
        String email = Fixtures.therapist(Fixtures.uniqueEmail("lockout"));
        failTimes(email, 5);
        assertFalse(logIn(email, PASSWORD));
        long userId = Deployed.number("SELECT id FROM user_account WHERE email = ?", email);

        // as if 15 minutes had passed
        Deployed.update("UPDATE login_throttle SET locked_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE user_id = ?", userId);

        assertTrue(logIn(email, PASSWORD));
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM login_throttle WHERE user_id = ?", userId), "cleared by the success");
    }

    @Test
    void idleSessionsEndAfterFifteenMinutesForStaffAndThirtyForPartners() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("idle"));
        assertTrue(logIn(therapist, PASSWORD));
        assertTrue(logIn("riley@demo.test", PASSWORD));
        SessionRegistry registry = Deployed.bean(SessionRegistry.class);

        assertEquals(java.util.List.of(15 * 60), registry.idleLimitsOf(therapist));
        assertTrue(registry.idleLimitsOf("riley@demo.test").stream().allMatch(limit -> limit == 30 * 60),
                () -> "partner sessions: " + registry.idleLimitsOf("riley@demo.test"));
        assertFalse(registry.idleLimitsOf("riley@demo.test").isEmpty());
    }

    @Test
    void anUnknownAccountIsAnsweredLikeALockedOne() throws Exception {
        String unknown = Fixtures.uniqueEmail("nobody");
        Http client = new Http();
        for (int i = 0; i < 7; i++) {
            assertFalse(client.logIn(unknown, PASSWORD));
        }
        String page = client.get("/login.xhtml?failed=true").body();
        assertTrue(page.contains("j_security_check"));
        assertFalse(page.toLowerCase().contains("lock"), "the page never says an account is locked, or exists");
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM login_throttle t JOIN user_account u ON u.id = t.user_id"
                + " WHERE u.email = ?", unknown));
    }
}
