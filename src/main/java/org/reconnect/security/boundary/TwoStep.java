package org.reconnect.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.security.control.QrImage;
import org.reconnect.security.control.RecoveryCodes;
import org.reconnect.security.control.Totp;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Two-step sign-in for staff: after the password, a code from an authenticator app (TOTP, RFC
 * 6238) or a one-time recovery code. Required for admins; for therapists when the clinic says so
 * (otherwise they may turn it on). The web layer holds a signed-in staff member on the
 * two-step page until {@link #verify} or {@link #confirm} succeeds in that session.
 *
 * <p>Wrong codes count as failed logins ({@link LoginThrottle}): five within 15 minutes lock the
 * account and end its sessions; while it is locked no code counts, not even the right one. A code is accepted once: its time step is kept, and that step and older ones are
 * refused afterwards. Everything is audited; a secret or a code never is.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
public class TwoStep {

    static final String ISSUER = "Reconnect";

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    LoginThrottle throttle;

    @Inject
    TwoStepPolicy policy;

    @Inject
    Clock clock;

    @Inject
    org.reconnect.shared.boundary.OutgoingMail mail;

    /** Where the caller stands. */
    public record Status(boolean enrolled, boolean required, int recoveryCodesLeft) implements Serializable {
    }

    /** What the enrolment page shows: the QR code and the same secret to type by hand. */
    public record Enrolment(String secret, String uri, String qrImage) implements Serializable {

        /** The secret in groups of four, easier to type. */
        public String getGroupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /** The outcome of a code typed at sign-in. */
    public enum Verification {
        /** A code from the app. */
        VERIFIED,
        /** A recovery code, now used up. */
        RECOVERY_CODE_USED,
        /** Neither; counted as a failed login. */
        WRONG,
        /** Wrong, and that failure locked the account. */
        LOCKED
    }

    public Status status() {
        Caller caller = callers.required();
        boolean enrolled = confirmedSecret(caller.userId()).isPresent();
        return new Status(enrolled, requiredFor(caller), enrolled ? codesLeft(caller.userId()) : 0);
    }

    /** Whether the caller's account is locked now (after too many wrong codes). */
    public boolean lockedNow() {
        return throttle.isLocked(callers.required().userId());
    }

    /** Whether this sign-in needs the second step: required for the caller, or turned on. */
    public boolean neededAtSignIn() {
        Caller caller = callers.required();
        return requiredFor(caller) || confirmedSecret(caller.userId()).isPresent();
    }

    /**
     * Starts an enrolment with a new secret, or shows the one already begun. Refused when two-step
     * sign-in is already on: a second app is added by turning it off first, or by an admin's reset.
     */
    public Enrolment begin() {
        Caller caller = callers.required();
        if (confirmedSecret(caller.userId()).isPresent()) {
            throw new Refusal("twoStep.alreadyOn");
        }
        // an enrolment already begun keeps its secret: a reload or a second tab must not undo a scan
        String secret = lockedRow(caller.userId()).map(row -> (String) row[0]).orElse(null);
        if (secret == null) {
            secret = Totp.newSecret();
            em.createNativeQuery("INSERT INTO two_step (user_id, secret) VALUES (?, ?)")
                    .setParameter(1, caller.userId())
                    .setParameter(2, secret)
                    .executeUpdate();
        }
        String uri = Totp.enrolmentUri(secret, ISSUER, caller.email());
        return new Enrolment(secret, uri, QrImage.svgDataUri(uri));
    }

    /**
     * Finishes the enrolment with a first code from the app and returns the recovery codes (shown
     * once; only their hashes are kept). A wrong code counts as a failed login and is answered
     * with nothing (committed, not rolled back).
     */
    public Optional<List<String>> confirm(String code) {
        Caller caller = callers.required();
        Object[] row = lockedRow(caller.userId()).orElseThrow(() -> new Refusal("twoStep.noEnrolment"));
        if (row[1] != null) {
            throw new Refusal("twoStep.alreadyOn");
        }
        if (throttle.isLocked(caller.userId())) {
            return Optional.empty();   // no code counts while the account is locked
        }
        OptionalLong step = Totp.matchingStep((String) row[0], code, Instant.now(clock), null);
        if (step.isEmpty()) {
            failed(caller, "enrolment code");
            return Optional.empty();
        }
        em.createNativeQuery("UPDATE two_step SET confirmed_at = ?, last_step = ?, version = version + 1 WHERE user_id = ?")
                .setParameter(1, Timestamp.from(Instant.now(clock)))
                .setParameter(2, step.getAsLong())
                .setParameter(3, caller.userId())
                .executeUpdate();
        List<String> codes = replaceRecoveryCodes(caller.userId());
        throttle.recordSuccess(caller.userId());
        audit.record(AuditAction.TWO_STEP_ENROLLED, AuditOutcome.SUCCESS, null, "ACCOUNT", caller.userId(),
                "authenticator app added; " + codes.size() + " recovery codes");
        // the password alone lets someone enrol; the owner of the account hears of it at once
        mail.sendAfterCommit(caller.email(), Texts.get("twoStep.mail.subject"), Texts.get("twoStep.mail.text"));
        return Optional.of(codes);
    }

    /**
     * Checks the code typed at sign-in: a code from the app, or a recovery code. Failures are
     * committed (counted and audited) and answered with a value, not an exception.
     */
    public Verification verify(String code) {
        Caller caller = callers.required();
        Optional<Object[]> row = lockedRow(caller.userId()).filter(r -> r[1] != null);
        if (row.isEmpty()) {
            throw new Refusal("twoStep.noEnrolment");
        }
        if (throttle.isLocked(caller.userId())) {
            return Verification.LOCKED;   // no code counts while the account is locked, not even the right one
        }
        Long lastStep = row.get()[2] == null ? null : ((Number) row.get()[2]).longValue();
        OptionalLong step = Totp.matchingStep((String) row.get()[0], code, Instant.now(clock), lastStep);
        if (step.isPresent()) {
            em.createNativeQuery("UPDATE two_step SET last_step = ? WHERE user_id = ?")
                    .setParameter(1, step.getAsLong())
                    .setParameter(2, caller.userId())
                    .executeUpdate();
            throttle.recordSuccess(caller.userId());
            audit.record(AuditAction.TWO_STEP_VERIFIED, AuditOutcome.SUCCESS, null, "ACCOUNT", caller.userId(), "app code");
            return Verification.VERIFIED;
        }
        Optional<String> recovery = RecoveryCodes.normalize(code);
        if (recovery.isPresent() && useRecoveryCode(caller.userId(), recovery.get())) {
            throttle.recordSuccess(caller.userId());
            audit.record(AuditAction.TWO_STEP_RECOVERY_USED, AuditOutcome.SUCCESS, null, "ACCOUNT", caller.userId(),
                    codesLeft(caller.userId()) + " recovery codes left");
            return Verification.RECOVERY_CODE_USED;
        }
        return failed(caller, "sign-in code") ? Verification.LOCKED : Verification.WRONG;
    }

    /**
     * New recovery codes (the old ones stop working), confirmed with a current code from the app;
     * nothing for a wrong code, which counts as a failed login.
     */
    public Optional<List<String>> renewRecoveryCodes(String code) {
        Caller caller = callers.required();
        if (!currentCode(caller, code)) {
            return Optional.empty();
        }
        List<String> codes = replaceRecoveryCodes(caller.userId());
        audit.record(AuditAction.TWO_STEP_CODES_RENEWED, AuditOutcome.SUCCESS, null, "ACCOUNT", caller.userId(),
                codes.size() + " new recovery codes");
        return Optional.of(codes);
    }

    /**
     * Turns two-step sign-in off, confirmed with a current code; refused where it is required.
     * False for a wrong code, which counts as a failed login.
     */
    public boolean turnOff(String code) {
        Caller caller = callers.required();
        if (requiredFor(caller)) {
            throw new Refusal("twoStep.required");
        }
        if (!currentCode(caller, code)) {
            return false;
        }
        remove(caller.userId());
        audit.record(AuditAction.TWO_STEP_TURNED_OFF, AuditOutcome.SUCCESS, null, "ACCOUNT", caller.userId(), null);
        return true;
    }

    /**
     * An admin removes a staff member's authenticator app (a lost phone and no recovery code);
     * the person enrols again at their next sign-in where it is required.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void reset(long userId) {
        List<?> staff = em.createNativeQuery(
                        "SELECT u.email FROM user_account u WHERE u.id = ? AND EXISTS (SELECT 1 FROM user_role r "
                                + "WHERE r.user_id = u.id AND r.role IN ('ADMIN', 'THERAPIST'))")
                .setParameter(1, userId)
                .getResultList();
        if (staff.isEmpty()) {
            throw new Refusal("staff.notFound");
        }
        if (remove(userId) == 0) {
            throw new Refusal("twoStep.notOn");
        }
        audit.record(AuditAction.TWO_STEP_RESET, AuditOutcome.SUCCESS, null, "ACCOUNT", userId,
                "authenticator app removed for " + staff.get(0));
    }

    private boolean requiredFor(Caller caller) {
        return caller.is(Role.ADMIN) || (caller.is(Role.THERAPIST) && policy.requiredForTherapists());
    }

    /**
     * Whether the code is the app's current one (then used up); a wrong one is counted and audited.
     * While the account is locked no code counts, and the wrong code that locks it ends the
     * account's sessions: both answer with the refusal {@link Refusal#LOCKED_OUT}.
     */
    private boolean currentCode(Caller caller, String code) {
        Object[] row = lockedRow(caller.userId()).filter(r -> r[1] != null)
                .orElseThrow(() -> new Refusal("twoStep.notOn"));
        if (throttle.isLocked(caller.userId())) {
            throw new Refusal(Refusal.LOCKED_OUT);
        }
        Long lastStep = row[2] == null ? null : ((Number) row[2]).longValue();
        OptionalLong step = Totp.matchingStep((String) row[0], code, Instant.now(clock), lastStep);
        if (step.isEmpty()) {
            if (failed(caller, "confirmation code")) {
                throw new Refusal(Refusal.LOCKED_OUT);
            }
            return false;
        }
        em.createNativeQuery("UPDATE two_step SET last_step = ? WHERE user_id = ?")
                .setParameter(1, step.getAsLong())
                .setParameter(2, caller.userId())
                .executeUpdate();
        return true;
    }

    /**
     * Counts and audits a wrong code, in a transaction of its own (it stays whatever the caller's
     * transaction does); true when the account is locked now.
     */
    private boolean failed(Caller caller, String what) {
        return throttle.reauthenticationFailed(AuditAction.TWO_STEP_FAILED, "ACCOUNT", caller.userId(), "wrong " + what);
    }

    private Optional<String> confirmedSecret(long userId) {
        return em.createNativeQuery("SELECT secret FROM two_step WHERE user_id = ? AND confirmed_at IS NOT NULL")
                .setParameter(1, userId)
                .getResultStream()
                .findFirst()
                .map(String.class::cast);
    }

    /** secret, confirmed_at, last_step of the caller's row, locked for this transaction. */
    private Optional<Object[]> lockedRow(long userId) {
        return em.createNativeQuery("SELECT secret, confirmed_at, last_step FROM two_step WHERE user_id = ? FOR UPDATE")
                .setParameter(1, userId)
                .getResultStream()
                .findFirst()
                .map(Object[].class::cast);
    }

    private int codesLeft(long userId) {
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM two_step_recovery WHERE user_id = ? AND used_at IS NULL")
                .setParameter(1, userId)
                .getSingleResult()).intValue();
    }

    private boolean useRecoveryCode(long userId, String normalized) {
        return em.createNativeQuery(
                        "UPDATE two_step_recovery SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")
                .setParameter(1, Timestamp.from(Instant.now(clock)))
                .setParameter(2, userId)
                .setParameter(3, RecoveryCodes.hash(normalized))
                .executeUpdate() == 1;
    }

    private List<String> replaceRecoveryCodes(long userId) {
        em.createNativeQuery("DELETE FROM two_step_recovery WHERE user_id = ?").setParameter(1, userId).executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        for (String code : codes) {
            em.createNativeQuery("INSERT INTO two_step_recovery (user_id, code_hash) VALUES (?, ?)")
                    .setParameter(1, userId)
                    .setParameter(2, RecoveryCodes.hash(RecoveryCodes.normalize(code).orElseThrow()))
                    .executeUpdate();
        }
        return codes;
    }

    private int remove(long userId) {
        em.createNativeQuery("DELETE FROM two_step_recovery WHERE user_id = ?").setParameter(1, userId).executeUpdate();
        return em.createNativeQuery("DELETE FROM two_step WHERE user_id = ?").setParameter(1, userId).executeUpdate();
    }
}
