package org.reconnect.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.security.control.PasswordHashing;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.entity.Role;

/**
 * Asks a signed-in person for their password again before a change that must be theirs alone:
 * signing a note or an addendum, changing the password. The same limit as sign-in applies:
 * while the account is locked nothing is accepted, not even the right password; a wrong one
 * counts toward the lockout ({@link LoginThrottle#reauthenticationFailed}), and the failure
 * that locks the account ends every one of its sessions.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME, Role.CLIENT_NAME})
public class Reauthentication {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    LoginThrottle throttle;

    /** What the password check found. */
    public enum Outcome {
        /** The caller's own password; the count of failures is cleared. */
        CONFIRMED,
        /** Not the password; counted. */
        WRONG,
        /** The account is locked (by this failure or before): nothing is accepted. */
        LOCKED
    }

    /**
     * Checks the caller's password. Any signed-in person may call it. A wrong password is
     * audited as {@code onFailure} on the given target and counted, both in a transaction of
     * their own (they stay when the caller then refuses its change); call it before the caller's
     * transaction has audited anything. A success audits nothing (the change it allows does).
     */
    public Outcome check(char[] password, AuditAction onFailure, String targetType, Object targetId) {
        long userId = callers.required().userId();
        if (throttle.callerLocked()) {
            return Outcome.LOCKED;
        }
        UserAccount me = em.find(UserAccount.class, userId);
        if (me != null && PasswordHashing.matches(me, password)) {
            throttle.recordSuccess(userId);
            return Outcome.CONFIRMED;
        }
        return throttle.reauthenticationFailed(onFailure, targetType, targetId, "password did not match")
                ? Outcome.LOCKED : Outcome.WRONG;
    }
}
