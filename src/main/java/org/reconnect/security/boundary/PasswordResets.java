package org.reconnect.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.security.control.AddressThrottle;
import org.reconnect.security.control.Lockout;
import org.reconnect.security.control.ResetRequestLimit;
import org.reconnect.security.entity.LinkPurpose;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * "Forgot password" on the login page: a one-time link ({@link LinkPurpose#PASSWORD_RESET}, 30
 * minutes) mailed to the address on file, used on the same set-password page as an invitation
 * ({@link AccountLinks#setPassword}, which also ends the account's sessions).
 *
 * <p>Whoever asks learns nothing: every request gets the same answer (none), whether an enabled
 * account with a password uses the email, a disabled one, one that never chose a password (its
 * clinic's invitation is how it starts), or none; and the request takes the same time, because the
 * link goes out by mail only after commit, off the request thread, and the statements before it are
 * the same in every case (the count, the account looked up, the audit row). The rate limit
 * ({@link ResetRequestLimit}) is the same for every email typed.
 */
@Stateless
@PermitAll
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
    private static final String COUNTS = "reset_request_count";

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    SetupLinks links;

    @Inject
    OutgoingMail mail;

    /**
     * Asks for a reset link for the account that uses {@code email}, from {@code clientAddress}.
     * Anyone may call it (the login page's "forgot password"); it answers nothing, whatever
     * happened. Where an enabled account with a password uses the email and neither the email nor
     * the address asked too often within the hour, the account's older unused links are revoked
     * and a new one is mailed to the account's address once the transaction commits. Every request
     * is audited as {@code PASSWORD_RESET_REQUESTED} under the email typed: SUCCESS when a link went
     * out, FAILURE when no such account uses it, DENIED when over the limit; never the link.
     */
    public void request(String email, String clientAddress) {
        String login = typed(email);
        Instant now = Instant.now(clock);
        Optional<ResetRequestLimit.Limited> limited = count(login, clientAddress, now);
        // looked up in every case, limited or not, so that only the link's own row differs
        Optional<UserAccount> account = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login)
                .getResultStream()
                .findFirst()
                .filter(a -> a.isEnabled() && a.hasPassword());
        String actor = login.isEmpty() ? null : login;
        if (limited.isPresent()) {
            audit.recordFor(actor, AuditAction.PASSWORD_RESET_REQUESTED, AuditOutcome.DENIED, limited.get() == ResetRequestLimit.Limited.EMAIL
                    ? "nothing sent: " + ResetRequestLimit.PER_EMAIL + " links to this email within an hour already"
                    : "nothing sent: " + ResetRequestLimit.PER_ADDRESS + " requests from " + AddressThrottle.key(clientAddress)
                    + " within an hour already");
            return;
        }
        if (account.isEmpty()) {
            audit.recordFor(actor, AuditAction.PASSWORD_RESET_REQUESTED, AuditOutcome.FAILURE,
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
            // never on the page: whoever asked may not be the owner
            LOG.info(() -> "Demo mode without mail: password reset link for " + owner.getEmail() + ": " + url);
        }
        audit.recordFor(owner.getEmail(), AuditAction.PASSWORD_RESET_REQUESTED, AuditOutcome.SUCCESS,
                sent ? "link sent, works once for " + minutes + " minutes" : "link made, but no mail server is configured");
    }

    /** The email as typed, as logins are compared (trimmed, lower case), at most as long as an email may be. */
    private static String typed(String email) {
        String login = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return login.length() > 254 ? login.substring(0, 254) : login;
    }

    /**
     * Counts the request against the address and then the email, unless one of them is at its
     * limit; what limited it, if anything. Rows are locked in that order, always.
     */
    private Optional<ResetRequestLimit.Limited> count(String login, String clientAddress, Instant now) {
        String address = ResetRequestLimit.addressSubject(clientAddress);
        List<Instant> byAddress = lockedRequests(address);
        if (!ResetRequestLimit.hasRoom(byAddress, ResetRequestLimit.PER_ADDRESS, now)) {
            return Optional.of(ResetRequestLimit.Limited.ADDRESS);
        }
        String email = ResetRequestLimit.emailSubject(login);
        List<Instant> byEmail = lockedRequests(email);
        if (!ResetRequestLimit.hasRoom(byEmail, ResetRequestLimit.PER_EMAIL, now)) {
            return Optional.of(ResetRequestLimit.Limited.EMAIL);
        }
        write(address, ResetRequestLimit.after(byAddress, now));
        write(email, ResetRequestLimit.after(byEmail, now));
        return Optional.empty();
    }

    /** The counted requests of one subject, its row made if missing and locked until commit. */
    private List<Instant> lockedRequests(String subject) {
        // an upsert, not INSERT IGNORE: it takes the row's exclusive lock at once, so two requests for
        // the same subject queue up instead of both reading it shared and deadlocking on the upgrade
        em.createNativeQuery("INSERT INTO " + COUNTS + " (subject, recent_requests) VALUES (?, '')"
                        + " ON DUPLICATE KEY UPDATE subject = subject")
                .setParameter(1, subject)
                .executeUpdate();
        String text = (String) em.createNativeQuery("SELECT recent_requests FROM " + COUNTS + " WHERE subject = ? FOR UPDATE")
                .setParameter(1, subject)
                .getSingleResult();
        return Lockout.State.parse(text);
    }

    private void write(String subject, List<Instant> requests) {
        em.createNativeQuery("UPDATE " + COUNTS + " SET recent_requests = ? WHERE subject = ?")
                .setParameter(1, Lockout.State.text(requests))
                .setParameter(2, subject)
                .executeUpdate();
    }
}
