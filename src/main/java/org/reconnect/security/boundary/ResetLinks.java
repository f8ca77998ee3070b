package org.reconnect.security.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.boundary.RequestOrigin;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.security.control.AddressThrottle;
import org.reconnect.security.entity.LinkPurpose;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The part of "forgot password" that depends on the account: whether one uses the email, and if
 * so the link and its mail. {@link PasswordResets} runs it a moment after the request has been
 * answered, on a thread of its own, so nothing of it shows in the time of the answer. Not an EJB
 * and not a normal-scoped bean, so no page or caller can reach it past the rate limit.
 */
@Dependent
public class ResetLinks {

    private static final Logger LOG = Logger.getLogger(ResetLinks.class.getName());

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    SetupLinks links;

    @Inject
    OutgoingMail mail;

    @Inject
    AuditTrail audit;

    @Inject
    RequestOrigin origin;

    /**
     * Mails a reset link to the enabled account with a password that uses {@code login}, if there
     * is one, revoking its older unused links; in a transaction of its own, the mail once it has
     * committed. Audited as {@code PASSWORD_RESET_LINK_SENT} under the email: SUCCESS with the
     * link's life, FAILURE when no such account uses it; with the address that asked.
     */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void send(String login, String clientAddress) {
        origin.setClientAddress(clientAddress);
        Optional<UserAccount> account = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login)
                .getResultStream()
                .findFirst()
                // one that never chose a password starts with its clinic's invitation, not here
                .filter(a -> a.isEnabled() && a.hasPassword());
        if (account.isEmpty()) {
            audit.recordFor(login, AuditAction.PASSWORD_RESET_LINK_SENT, AuditOutcome.FAILURE,
                    "nothing sent: no enabled account with a password uses this email");
            return;
        }
        UserAccount owner = account.get();
        String url = AccountLinks.url(links.issue(owner, LinkPurpose.PASSWORD_RESET,
                "forgot password, from " + AddressThrottle.key(clientAddress)));
        long minutes = LinkPurpose.PASSWORD_RESET.validFor().toMinutes();
        boolean sent = mail.sendAfterCommit(owner.getEmail(), Texts.get("mail.passwordReset.subject"),
                Texts.get("mail.passwordReset.body", owner.getDisplayName(), url, minutes));
        if (!sent && Settings.demoMode()) {
            // never on a page: whoever asked may not be the owner
            LOG.info(() -> "Demo mode without mail: password reset link for " + owner.getEmail() + ": " + url);
        }
        audit.recordFor(owner.getEmail(), AuditAction.PASSWORD_RESET_LINK_SENT, AuditOutcome.SUCCESS,
                sent ? "link sent, works once for " + minutes + " minutes" : "link made, but no mail server is configured");
    }
}
