package org.reconnect.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.entity.Caller;

import java.security.Principal;
import java.util.Optional;

/**
 * Resolves the authenticated principal to a {@link Caller}. Roles come from the database, not
 * from the session, so a role taken away or an account disabled counts at the next call.
 */
@Stateless
@PermitAll
public class Callers {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private static final String CALLER = Callers.class.getName() + ".caller.";

    /**
     * The caller of the current request. Anyone may call it; it reads nothing clinical and is
     * not audited. Empty for an anonymous caller and for an account that is missing or disabled.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> current() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || principal.getName() == null || "anonymous".equals(principal.getName())) {
            return Optional.empty();
        }
        if (transactions.getTransactionKey() == null) {
            return load(principal);
        }
        // every boundary a page calls asks; within one transaction the account is read once
        String key = CALLER + principal.getName();
        @SuppressWarnings("unchecked")
        Optional<Caller> known = (Optional<Caller>) transactions.getResource(key);
        if (known == null) {
            known = load(principal);
            transactions.putResource(key, known);
        }
        return known;
    }

    private Optional<Caller> load(Principal principal) {
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", principal.getName().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .filter(UserAccount::isEnabled)
                .findFirst()
                .map(account -> new Caller(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles()));
    }

    /**
     * The caller of the current request, if the signed-in session with this handle has not been
     * ended (by any server: {@link SessionRegistry}); empty as in {@link #current()} otherwise.
     * One statement, the same one {@link #current()} costs: the web layer asks it once a request.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> stillSignedIn(String handle) {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || principal.getName() == null || "anonymous".equals(principal.getName())) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_EMAIL_IN_SESSION, UserAccount.class)
                .setParameter("email", principal.getName().toLowerCase(java.util.Locale.ROOT))
                .setParameter("handle", handle)
                .getResultStream()
                .filter(UserAccount::isEnabled)
                .findFirst()
                .map(account -> new Caller(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles()));
    }

    /** The caller, or the refusal a missing record gets: for boundaries that serve signed-in callers only. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Caller required() {
        return current().orElseThrow(() -> new org.reconnect.shared.boundary.Refusal("case.notFound"));
    }
}
