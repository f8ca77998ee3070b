package org.reconnect.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.security.control.AddressThrottle;
import org.reconnect.security.control.Lockout;
import org.reconnect.security.control.ResetRequestLimit;
import org.reconnect.security.entity.LinkPurpose;
import org.reconnect.shared.boundary.AfterCommit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Forgot password" on the login page: a one-time link ({@link LinkPurpose#PASSWORD_RESET}, 30
 * minutes) mailed to the address on file, used on the same set-password page as an invitation
 * ({@link AccountLinks#setPassword}, which also ends the account's sessions).
 *
 * <p>Whoever asks learns nothing: every request gets the same answer (none), whether an enabled
 * account with a password uses the email, a disabled one, one that never chose a password, or
 * none. It takes the same time too, because the request itself never looks at accounts: it counts
 * the request against the limits ({@link ResetRequestLimit}, the same for every email typed) and
 * audits it; the account is looked up, and the link made and mailed, by {@link ResetLinks} on a
 * thread of its own, a second or two after the request has committed and been answered. (Done in
 * the request, the link's rows and the mail showed: about 10 ms more for an email with an account.)
 */
@Stateless
@PermitAll
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
    private static final String COUNTS = "reset_request_count";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How long after the answer the account is looked at: long enough for the answer to have gone, with a random part. */
    private static final long LATER_MS = 1000;
    private static final int LATER_SPREAD_MS = 1000;

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** A fresh one for each answer: it runs on another thread, after this bean has moved on. */
    @Inject
    Instance<ResetLinks> links;

    @Resource
    ManagedScheduledExecutorService later;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Asks for a reset link for the account that uses {@code email}, from {@code clientAddress}.
     * Anyone may call it (the login page's "forgot password"); it answers nothing, whatever
     * happens. Unless the email or the address asked too often within the hour, once the request
     * has committed, and after a moment: where an enabled account with a password uses the email,
     * its older unused links are revoked and a new one is mailed to the account's address. The
     * request is audited as {@code PASSWORD_RESET_REQUESTED} under the email typed (SUCCESS, or
     * DENIED when over the limit), what came of it as {@code PASSWORD_RESET_LINK_SENT} (see
     * {@link ResetLinks#send}); never the link.
     */
    public void request(String email, String clientAddress) {
        String login = typed(email);
        String actor = login.isEmpty() ? null : login;
        Optional<ResetRequestLimit.Limited> limited = count(login, clientAddress, Instant.now(clock));
        if (limited.isPresent()) {
            audit.recordFor(actor, AuditAction.PASSWORD_RESET_REQUESTED, AuditOutcome.DENIED, limited.get() == ResetRequestLimit.Limited.EMAIL
                    ? "nothing sent: " + ResetRequestLimit.PER_EMAIL + " links to this email within an hour already"
                    : "nothing sent: " + ResetRequestLimit.PER_ADDRESS + " requests from " + AddressThrottle.key(clientAddress)
                    + " within an hour already");
            return;
        }
        audit.recordFor(actor, AuditAction.PASSWORD_RESET_REQUESTED, AuditOutcome.SUCCESS,
                "a link goes to the email if an enabled account with a password uses it");
        AfterCommit.run(transactions, () -> later.schedule(() -> sendLink(login, clientAddress),
                LATER_MS + RANDOM.nextInt(LATER_SPREAD_MS), TimeUnit.MILLISECONDS));
    }

    private void sendLink(String login, String clientAddress) {
        ResetLinks sender = links.get();
        try {
            sender.send(login, clientAddress);
        } catch (RuntimeException e) {
            // nobody waits for it: the person can ask again
            LOG.log(Level.WARNING, "could not answer a password reset request: " + e.getMessage(), e);
        } finally {
            links.destroy(sender);
        }
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
