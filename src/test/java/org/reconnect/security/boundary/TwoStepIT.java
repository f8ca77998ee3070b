package org.reconnect.security.boundary;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.security.control.Totp;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two-step sign-in at the boundary: enrolment, codes of the current step and its neighbours, a
 * code never twice, recovery codes once each, wrong codes counted towards the lockout, required
 * for admins and (by clinic setting) therapists, an admin's reset, and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class TwoStepIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(TwoStepIT.class);
    }

    private static TwoStep twoStep() {
        return Deployed.boundary(TwoStep.class);
    }

    /** The tests use the codes of the step before, the current and the next: keep clear of a step's end. */
    @BeforeEach
    void notAtTheEndOfAStep() throws InterruptedException {
        long intoStep = Instant.now().getEpochSecond() % Totp.STEP.getSeconds();
        if (intoStep > 22) {
            Thread.sleep((Totp.STEP.getSeconds() - intoStep + 1) * 1000);
        }
    }

    private static String enrolled(String email, List<String> recoveryCodes) throws Exception {
        TwoStep.Enrolment enrolment = RunAs.user(email, () -> twoStep().begin());
        long step = Totp.step(Instant.now());
        List<String> codes = RunAs.user(email, () -> twoStep().confirm(Totp.codeAt(enrolment.secret(), step - 1))).orElseThrow();
        recoveryCodes.addAll(codes);
        return enrolment.secret();
    }

    @Test
    void aTherapistMayTurnItOnAndThenNeedsACodeEachSignIn() throws Exception {
        String email = Fixtures.therapist(Fixtures.uniqueEmail("twostep"));
        assertFalse(RunAs.user(email, () -> twoStep().neededAtSignIn()), "optional and off");
        assertFalse(RunAs.user(email, () -> twoStep().status()).required());

        TwoStep.Enrolment enrolment = RunAs.user(email, () -> twoStep().begin());
        assertTrue(enrolment.uri().startsWith("otpauth://totp/Reconnect:"), enrolment.uri());
        assertTrue(enrolment.qrImage().startsWith("data:image/svg+xml;base64,"));
        assertTrue(RunAs.user(email, () -> twoStep().confirm("000000")).isEmpty(), "a wrong first code");
        long userId = Deployed.number("SELECT id FROM user_account WHERE email = ?", email);
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM two_step WHERE user_id = ? AND confirmed_at IS NOT NULL", userId),
                "a wrong first code does not turn it on");

        long step = Totp.step(Instant.now());
        List<String> codes = RunAs.user(email, () -> twoStep().confirm(Totp.codeAt(enrolment.secret(), step - 1))).orElseThrow();
        assertEquals(10, codes.size());
        assertEquals(10, Deployed.number("SELECT COUNT(*) FROM two_step_recovery WHERE user_id = ? AND used_at IS NULL", userId));
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM two_step_recovery WHERE user_id = ? AND code_hash = ?", userId,
                codes.get(0)), "codes are stored hashed");
        assertTrue(RunAs.user(email, () -> twoStep().neededAtSignIn()));
        assertEquals("twoStep.alreadyOn", assertThrows(Refusal.class, () -> RunAs.user(email, () -> twoStep().begin())).getKey());

        // the first code cannot be used again, nor anything older; the current one can, once
        assertEquals(TwoStep.Verification.WRONG,
                RunAs.user(email, () -> twoStep().verify(Totp.codeAt(enrolment.secret(), step - 1))));
        assertEquals(TwoStep.Verification.VERIFIED, RunAs.user(email, () -> twoStep().verify(Totp.codeAt(enrolment.secret(), step))));
        assertEquals(TwoStep.Verification.WRONG, RunAs.user(email, () -> twoStep().verify(Totp.codeAt(enrolment.secret(), step))),
                "the same code twice");

        // recovery codes: once each, any case or dashes
        assertEquals(TwoStep.Verification.RECOVERY_CODE_USED,
                RunAs.user(email, () -> twoStep().verify(codes.get(3).toUpperCase())));
        assertEquals(TwoStep.Verification.WRONG, RunAs.user(email, () -> twoStep().verify(codes.get(3))));
        assertEquals(9, RunAs.user(email, () -> twoStep().status()).recoveryCodesLeft());

        // turning it off needs a code the app shows now; a wrong one is counted
        long failuresBefore = Deployed.number("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'TWO_STEP_FAILED'", email);
        assertFalse(RunAs.user(email, () -> twoStep().turnOff("123456")));
        assertEquals(failuresBefore + 1,
                Deployed.number("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'TWO_STEP_FAILED'", email));
        assertTrue(RunAs.user(email, () -> twoStep().neededAtSignIn()), "still on");
        assertTrue(RunAs.user(email, () -> twoStep().turnOff(Totp.codeAt(enrolment.secret(), step + 1))));
        assertFalse(RunAs.user(email, () -> twoStep().neededAtSignIn()));
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM two_step_recovery WHERE user_id = ?", userId));

        for (String action : List.of("TWO_STEP_ENROLLED", "TWO_STEP_VERIFIED", "TWO_STEP_RECOVERY_USED", "TWO_STEP_FAILED",
                "TWO_STEP_TURNED_OFF")) {
            assertTrue(Deployed.number("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ?", email, action) > 0, action);
        }
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?", "%" + enrolment.secret() + "%"),
                "the secret is never in the audit trail");
    }

    @Test
    void fiveWrongCodesLockTheAccountLikeFiveWrongPasswords() throws Exception {
        String email = Fixtures.therapist(Fixtures.uniqueEmail("twostep-lock"));
        enrolled(email, new java.util.ArrayList<>());
        long userId = Deployed.number("SELECT id FROM user_account WHERE email = ?", email);
        for (int i = 0; i < 4; i++) {
            assertEquals(TwoStep.Verification.WRONG, RunAs.user(email, () -> twoStep().verify("999999")));
        }
        assertEquals(TwoStep.Verification.LOCKED, RunAs.user(email, () -> twoStep().verify("not a code")));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM login_throttle WHERE user_id = ? AND locked_until > UTC_TIMESTAMP(6)",
                userId));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_LOCKED' AND actor = ?", email));
        RunAs.user("admin@demo.test", () -> {
            Deployed.boundary(LoginThrottle.class).unlock(userId);
            return null;
        });
        assertFalse(RunAs.user(email, () -> twoStep().lockedNow()), "unlocked (and able to sign in again)");
    }

    @Test
    void adminsMustUseItAndCannotTurnItOff() throws Exception {
        String email = Fixtures.admin(Fixtures.uniqueEmail("twostep-admin"));
        assertTrue(RunAs.user(email, () -> twoStep().neededAtSignIn()), "required before any enrolment");
        assertTrue(RunAs.user(email, () -> twoStep().status()).required());
        String secret = enrolled(email, new java.util.ArrayList<>());
        assertEquals("twoStep.required", assertThrows(Refusal.class, () -> RunAs.user(email, () -> {
            twoStep().turnOff(Totp.codeAt(secret, Totp.step(Instant.now()) + 1));
            return null;
        })).getKey());
        assertTrue(RunAs.user(email, () -> twoStep().neededAtSignIn()));
    }

    @Test
    void theClinicCanRequireItOfTherapists() throws Exception {
        String email = Fixtures.therapist(Fixtures.uniqueEmail("twostep-required"));
        ClinicSettings settings = Deployed.boundary(ClinicSettings.class);
        assertThrows(EJBAccessException.class, () -> RunAs.user(email, () -> {
            settings.changeTherapistTwoStep(true, 0);
            return null;
        }), "only admins change the setting");
        try {
            RunAs.user("admin@demo.test", () -> {
                settings.changeTherapistTwoStep(true, settings.values().twoStepVersion());
                return null;
            });
            assertTrue(RunAs.user(email, () -> twoStep().neededAtSignIn()));
            assertTrue(RunAs.user(email, () -> twoStep().status()).required());
            assertEquals("edit.conflict", assertThrows(Refusal.class, () -> RunAs.user("admin@demo.test", () -> {
                settings.changeTherapistTwoStep(false, 0);
                return null;
            })).getKey(), "a stale page");
        } finally {
            RunAs.user("admin@demo.test", () -> {
                settings.changeTherapistTwoStep(false, settings.values().twoStepVersion());
                return null;
            });
        }
        assertFalse(RunAs.user(email, () -> twoStep().neededAtSignIn()));
    }

    @Test
    void anAdminRemovesALostAppAndOnlyAdminsMay() throws Exception {
        String email = Fixtures.therapist(Fixtures.uniqueEmail("twostep-reset"));
        enrolled(email, new java.util.ArrayList<>());
        long userId = Deployed.number("SELECT id FROM user_account WHERE email = ?", email);
        assertThrows(EJBAccessException.class, () -> RunAs.user(email, () -> {
            twoStep().reset(userId);
            return null;
        }));
        RunAs.user("admin@demo.test", () -> {
            twoStep().reset(userId);
            return null;
        });
        assertFalse(RunAs.user(email, () -> twoStep().status()).enrolled());
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'TWO_STEP_RESET' AND target_id = ?",
                String.valueOf(userId)));
        assertEquals("twoStep.notOn", assertThrows(Refusal.class, () -> RunAs.user("admin@demo.test", () -> {
            twoStep().reset(userId);
            return null;
        })).getKey());
        long partner = Deployed.number("SELECT id FROM user_account WHERE email = 'alex@demo.test'");
        assertEquals("staff.notFound", assertThrows(Refusal.class, () -> RunAs.user("admin@demo.test", () -> {
            twoStep().reset(partner);
            return null;
        })).getKey(), "partners have no two-step sign-in to reset");
    }

    @Test
    void partnersHaveNoTwoStepBoundary() {
        assertThrows(EJBAccessException.class, () -> RunAs.user("alex@demo.test", () -> twoStep().status()));
    }
}
