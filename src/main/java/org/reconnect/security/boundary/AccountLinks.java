package org.reconnect.security.boundary;

import jakarta.annotation.security.PermitAll;
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
import org.reconnect.security.entity.AccountLink;
import org.reconnect.security.entity.LinkPurpose;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.control.LinkTokens;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time links that let a person set their own password: portal invitations and new staff (good
 * for 24 hours), and "forgot password" ({@link PasswordResets}, good for 30 minutes). A link is
 * good once; issuing a new one revokes the older ones. A used, expired or unknown link gets the
 * same answer and changes nothing.
 */
@Stateless
public class AccountLinks {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    SessionRegistry sessions;

    @Inject
    OutgoingMail mail;

    /** The link as it goes into an e-mail: always on the clinic's published address (reconnect.base.url). */
    public static String url(String token) {
        return Settings.requiredPublicAddress() + "/account/set-password.xhtml?token=" + token;
    }

    /**
     * Whose password a link sets, if the link can still be used. Anyone may ask (the link is
     * the credential). Not audited: nothing about a couple is read.
     */
    @PermitAll
    public Optional<LinkInfo> inspect(String token) {
        return usable(token, false).map(link -> new LinkInfo(link.getAccount().getDisplayName(),
                link.getAccount().getEmail(), link.getPurpose()));
    }

    /**
     * Sets the password through a usable link and uses the link up. Anyone may call it with a
     * token. Refused, changing nothing, when the link is unknown, used, revoked or expired, or
     * the password breaks the rule. Once committed, every session of the account ends; the
     * account's lockout and its count of failures are cleared; after a reset the owner gets an
     * e-mail saying the password changed. Audited as {@code PASSWORD_SET} for the account, with
     * the link's purpose.
     */
    @PermitAll
    public void setPassword(String token, char[] password) {
        AccountLink link = usable(token, true).orElseThrow(() -> new Refusal("link.unusable"));
        UserAccount account = link.getAccount();
        PasswordRule.problem(password, account.getEmail()).ifPresent(key -> {
            throw Refusal.onField("password", key);
        });
        link.use(Instant.now(clock));
        account.replacePasswordHash(PasswordHashing.hash(password));
        // whoever held a session of this account before it had this password holds it no longer
        sessions.endSessionsOf(account.getEmail());
        // The lockout is cleared, count and lock. It counted guesses at a password that no longer
        // exists, and the link proved hold of the mailbox on file, which is what an admin checks
        // before unlocking. Left in place, the lock would refuse the new password exactly like a
        // wrong one: a person who reset their password because they were locked out could not sign
        // in for up to 15 more minutes, and could not tell why. An attacker gains nothing: without
        // the mailbox there is no link, and with it the password is theirs to set anyway; a staff
        // account's second step still stands, and its wrong codes count again towards the same
        // lock (at most 3 resets an hour, see ResetRequestLimit).
        em.createNativeQuery("DELETE FROM login_throttle WHERE user_id = ?").setParameter(1, account.getId()).executeUpdate();
        if (link.getPurpose() == LinkPurpose.PASSWORD_RESET) {
            mail.sendAfterCommit(account.getEmail(), Texts.get("account.mail.subject"), Texts.get("account.mail.text"));
        }
        audit.recordFor(account.getEmail(), AuditAction.PASSWORD_SET, AuditOutcome.SUCCESS,
                link.getPurpose().name().toLowerCase(java.util.Locale.ROOT) + "; other sessions end; lockout cleared");
    }

    private Optional<AccountLink> usable(String token, boolean lock) {
        if (!LinkTokens.looksValid(token)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return em.createNamedQuery(AccountLink.BY_TOKEN_HASH, AccountLink.class)
                .setParameter("hash", LinkTokens.hash(token))
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream()
                .findFirst()
                .filter(link -> link.isUsable(now) && link.getAccount().isEnabled());
    }
}
