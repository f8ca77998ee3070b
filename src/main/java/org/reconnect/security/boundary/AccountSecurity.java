package org.reconnect.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.security.control.PasswordHashing;
import org.reconnect.security.control.PasswordRule;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.util.Arrays;
import java.util.List;

/**
 * A signed-in person's own sign-in: where they are signed in (device, address, last activity),
 * ending a session they do not recognise or all the others, and changing their password. Every
 * signed-in person may use it, for their own account only; there is no way to name another.
 * Ending sessions and changing the password are audited; looking is not (nothing of a couple is
 * read).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME, Role.CLIENT_NAME})
public class AccountSecurity {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SessionRegistry sessions;

    @Inject
    ThisSession thisSession;

    @Inject
    Reauthentication reauthentication;

    @Inject
    AuditTrail audit;

    @Inject
    OutgoingMail mail;

    /** The caller's open sessions, this one first. */
    public List<SessionRegistry.OpenSession> mySessions() {
        return sessions.sessionsOf(callers.required().email(), thisSession.getHandle());
    }

    /**
     * Ends one of the caller's other sessions (by the handle the list showed). Refused for this
     * session (that is signing out) and for a handle that is not one of the caller's sessions.
     * Audited as {@code SESSION_ENDED}.
     */
    public void endSession(String handle) {
        Caller caller = callers.required();
        if (handle == null || handle.equals(thisSession.getHandle())) {
            throw new Refusal("account.sessionIsThis");
        }
        if (!sessions.endSession(caller.email(), handle)) {
            throw new Refusal("account.sessionGone");
        }
        audit.record(AuditAction.SESSION_ENDED, AuditOutcome.SUCCESS, null, "ACCOUNT", caller.userId(), "one other session");
    }

    /** Ends every session of the caller but this one; how many. Audited as {@code SESSION_ENDED}. */
    public int endOtherSessions() {
        Caller caller = callers.required();
        int ended = sessions.endSessionsBut(caller.email(), thisSession.getHandle());
        audit.record(AuditAction.SESSION_ENDED, AuditOutcome.SUCCESS, null, "ACCOUNT", caller.userId(),
                ended + " other sessions");
        return ended;
    }

    /**
     * Changes the caller's password, after the current one is given again (re-authentication:
     * wrong answers count toward the lockout). The new one must follow the password rule and
     * differ from the current one. Once committed, every other session of the account ends and
     * the owner gets an e-mail saying the password changed. Audited as {@code PASSWORD_CHANGED};
     * a wrong current password as {@code PASSWORD_CHECK_FAILED}.
     *
     * @throws Refusal on {@code currentPassword} when it is wrong, on {@code newPassword} when it
     *                 breaks the rule, {@link Refusal#LOCKED_OUT} when the account is locked
     */
    public void changePassword(char[] currentPassword, char[] newPassword) {
        Caller caller = callers.required();
        switch (reauthentication.check(currentPassword, AuditAction.PASSWORD_CHECK_FAILED, "ACCOUNT", caller.userId())) {
            case LOCKED -> throw new Refusal(Refusal.LOCKED_OUT);
            case WRONG -> throw Refusal.onField("currentPassword", "account.wrongPassword");
            default -> {
                // confirmed: go on
            }
        }
        PasswordRule.problem(newPassword, caller.email()).ifPresent(key -> {
            throw Refusal.onField("newPassword", key);
        });
        if (Arrays.equals(currentPassword, newPassword)) {
            throw Refusal.onField("newPassword", "account.samePassword");
        }
        UserAccount me = em.find(UserAccount.class, caller.userId(), LockModeType.PESSIMISTIC_WRITE);
        me.replacePasswordHash(PasswordHashing.hash(newPassword));
        sessions.endSessionsBut(caller.email(), thisSession.getHandle());
        mail.sendAfterCommit(caller.email(), Texts.get("account.mail.subject"), Texts.get("account.mail.text"));
        audit.record(AuditAction.PASSWORD_CHANGED, AuditOutcome.SUCCESS, null, "ACCOUNT", caller.userId(),
                "other sessions end");
    }
}
