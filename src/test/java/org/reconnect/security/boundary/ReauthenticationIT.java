package org.reconnect.security.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.Http;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;
import org.reconnect.testsupport.container.SessionFixtures;
import org.wildfly.security.auth.server.SecurityIdentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The password (or code) asked again of a signed-in person counts toward the same lockout as
 * sign-in: four wrong answers are refused, the fifth locks the account and ends its sessions, and
 * while it is locked not even the right answer is accepted. The lock is the admin's usual one.
 */
@ExtendWith(ArquillianExtension.class)
class ReauthenticationIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(ReauthenticationIT.class);
    }

    private static SessionNotes notes() {
        return Deployed.boundary(SessionNotes.class);
    }

    /** Runs as an identity signed in before the account was locked (the realm refuses new sign-ins then). */
    private static <T> T as(SecurityIdentity identity, java.security.PrivilegedExceptionAction<T> work) throws Exception {
        return identity.runAs(work);
    }

    private static long locked(long userId) throws Exception {
        return Deployed.number("SELECT COUNT(*) FROM login_throttle WHERE user_id = ? AND locked_until > UTC_TIMESTAMP(6)", userId);
    }

    @Test
    void wrongPasswordsWhenSigningANoteLockTheAccountAndEndItsSessions() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("reauth-note"));
        long userId = Deployed.number("SELECT id FROM user_account WHERE email = ?", therapist);
        TestCouple couple = Fixtures.activeCouple(therapist);
        long note = SessionFixtures.draftNote(therapist, couple.id());
        long version = SessionFixtures.noteVersion(note);
        // signed in elsewhere (a browser), and the identity this test keeps using once the realm refuses new sign-ins
        Http browser = new Http();
        assertTrue(browser.logIn(therapist, PASSWORD));
        assertEquals(200, browser.get("/therapist/").statusCode());
        SecurityIdentity signedIn = RunAs.identity(therapist, PASSWORD);

        for (int i = 1; i <= 4; i++) {
            Refusal wrong = assertThrows(Refusal.class, () -> as(signedIn, () -> {
                notes().sign(note, version, SessionFixtures.soap("They talked."), "guess-number-one".toCharArray());
                return null;
            }));
            assertEquals("note.wrongPassword", wrong.getKey(), "guess " + i);
            assertEquals(0, locked(userId));
        }
        assertEquals(200, browser.get("/therapist/").statusCode(), "four wrong answers end no session");

        Refusal fifth = assertThrows(Refusal.class, () -> as(signedIn, () -> {
            notes().sign(note, version, SessionFixtures.soap("They talked."), "guess-number-five".toCharArray());
            return null;
        }));
        assertEquals(Refusal.LOCKED_OUT, fifth.getKey());
        assertEquals(1, locked(userId));
        assertEquals(5, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_SIGN_FAILED' AND target_id = ?",
                String.valueOf(note)));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_LOCKED' AND actor = ?", therapist));
        assertTrue(browser.get("/therapist/").body().contains("j_security_check"), "the browser's session ended with the lock");
        assertThrows(SecurityException.class, () -> RunAs.identity(therapist, PASSWORD), "and nobody signs in as them");

        Refusal rightButLocked = assertThrows(Refusal.class, () -> as(signedIn, () -> {
            notes().sign(note, version, SessionFixtures.soap("They talked."), PASSWORD.toCharArray());
            return null;
        }));
        assertEquals(Refusal.LOCKED_OUT, rightButLocked.getKey(), "while locked not even the right password signs");
        assertEquals("DRAFT", Deployed.text("SELECT status FROM session_note WHERE id = ?", note));

        assertTrue(RunAs.user("admin@demo.test", () -> Deployed.boundary(LoginThrottle.class).locked()).stream()
                .anyMatch(l -> l.email().equals(therapist)), "the admin sees the lock");
        RunAs.user("admin@demo.test", () -> Deployed.boundary(LoginThrottle.class).unlock(userId));
        RunAs.user(therapist, () -> notes().sign(note, version, SessionFixtures.soap("They talked."), PASSWORD.toCharArray()));
        assertEquals("SIGNED", Deployed.text("SELECT status FROM session_note WHERE id = ?", note));
    }

    @Test
    void theRightPasswordClearsTheCountLikeASignIn() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("reauth-clear"));
        long userId = Deployed.number("SELECT id FROM user_account WHERE email = ?", therapist);
        Reauthentication reauthentication = Deployed.boundary(Reauthentication.class);
        for (int i = 0; i < 4; i++) {
            assertEquals(Reauthentication.Outcome.WRONG, RunAs.user(therapist, () -> reauthentication.check("nope".toCharArray(),
                    org.reconnect.audit.entity.AuditAction.PASSWORD_CHECK_FAILED, "ACCOUNT", userId)));
        }
        assertEquals(Reauthentication.Outcome.CONFIRMED, RunAs.user(therapist, () -> reauthentication.check(PASSWORD.toCharArray(),
                org.reconnect.audit.entity.AuditAction.PASSWORD_CHECK_FAILED, "ACCOUNT", userId)));
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM login_throttle WHERE user_id = ?", userId));
        assertEquals(Reauthentication.Outcome.WRONG, RunAs.user(therapist, () -> reauthentication.check("nope".toCharArray(),
                org.reconnect.audit.entity.AuditAction.PASSWORD_CHECK_FAILED, "ACCOUNT", userId)), "counting starts again");
        assertEquals(5, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_CHECK_FAILED' AND actor = ?",
                therapist));
    }

    @Test
    void wrongCodesOnTheTwoStepPageCountTooAndNothingIsAcceptedWhileLocked() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("reauth-code"));
        long userId = Deployed.number("SELECT id FROM user_account WHERE email = ?", therapist);
        TwoStep twoStep = Deployed.boundary(TwoStep.class);
        TwoStep.Enrolment enrolment = RunAs.user(therapist, () -> twoStep.begin());
        long step = org.reconnect.security.control.Totp.step(java.time.Instant.now());
        RunAs.user(therapist, () -> twoStep.confirm(org.reconnect.security.control.Totp.codeAt(enrolment.secret(), step))).orElseThrow();
        SecurityIdentity signedIn = RunAs.identity(therapist, PASSWORD);

        for (int i = 0; i < 4; i++) {
            assertFalse(as(signedIn, () -> twoStep.renewRecoveryCodes("000000").isPresent()));
        }
        assertEquals(Refusal.LOCKED_OUT, assertThrows(Refusal.class, () -> as(signedIn, () -> twoStep.turnOff("000000"))).getKey());
        assertEquals(1, locked(userId));
        String current = org.reconnect.security.control.Totp.codeAt(enrolment.secret(),
                org.reconnect.security.control.Totp.step(java.time.Instant.now()));
        assertEquals(Refusal.LOCKED_OUT, assertThrows(Refusal.class, () -> as(signedIn, () -> twoStep.turnOff(current))).getKey(),
                "not even the app's current code while locked");
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM two_step WHERE user_id = ? AND confirmed_at IS NOT NULL", userId),
                "still on");
    }
}
