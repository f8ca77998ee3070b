package org.reconnect.security.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.security.entity.AccountLink;
import org.reconnect.security.entity.LinkPurpose;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.control.LinkTokens;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Issues a set-password link in the caller's transaction and mails it after commit. Used only by
 * the boundaries that have checked who may invite whom (Intake, Invitations, StaffAccounts); it
 * checks nothing itself and is not an EJB, so no page or remote caller can reach it.
 *
 * <p>A link only ever sets a first password: an account that has one gets no link, so nobody who
 * may send invitations can take over a login that is in use. (Resetting a forgotten password is
 * a separate flow, with its own checks: {@link PasswordResets}, which shares {@link #issue}.)
 */
@Dependent
public class SetupLinks {

    private static final Logger LOG = Logger.getLogger(SetupLinks.class.getName());

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    OutgoingMail mail;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    /**
     * Revokes the account's older unused links, issues a new one and mails it after commit.
     *
     * @throws Refusal {@code link.passwordAlreadySet} when the account has a password
     */
    public LinkDelivery send(UserAccount account, String name, LinkPurpose purpose) {
        if (account.hasPassword()) {
            throw new Refusal("link.passwordAlreadySet", account.getEmail());
        }
        String url = AccountLinks.url(issue(account, purpose, caller.getName()));
        String kind = purpose == LinkPurpose.PORTAL_INVITATION ? "invitation" : "staffSetup";
        boolean sent = mail.sendAfterCommit(account.getEmail(), Texts.get("mail." + kind + ".subject"),
                Texts.get("mail." + kind + ".body", name, url));
        if (!sent && Settings.demoMode()) {
            LOG.info(() -> "Demo mode without mail: set-password link for " + account.getEmail() + ": " + url);
            return new LinkDelivery(name, account.getEmail(), false, url);
        }
        return new LinkDelivery(name, account.getEmail(), sent, null);
    }

    /**
     * Revokes the account's older unused links (of any purpose) and stores a new one; returns its
     * token, which exists nowhere else from now on but in the mail the caller sends. Checks nothing.
     * One at a time per account (its row is locked until commit).
     */
    String issue(UserAccount account, LinkPurpose purpose, String by) {
        Instant now = Instant.now(clock);
        // two links issued at once for one account (three quick "forgot password" requests) would both
        // revoke the same older link, and the second would fail at commit with its mail unsent: the
        // account's row lock makes the second wait, then read the links as the first left them
        em.createNativeQuery("SELECT id FROM user_account WHERE id = ? FOR UPDATE")
                .setParameter(1, account.getId())
                .getResultList();
        em.createQuery("select l from AccountLink l where l.account = :account and l.usedAt is null and l.revokedAt is null",
                        AccountLink.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(old -> old.revoke(now));
        String token = LinkTokens.newToken();
        em.persist(new AccountLink(account, LinkTokens.hash(token), purpose, now, by));
        return token;
    }
}
