package org.reconnect.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.security.control.Caller;
import org.reconnect.security.entity.UserAccount;

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

    /**
     * The caller of the current request. Anyone may call it; it reads nothing clinical and is
     * not audited. Empty for an anonymous caller and for an account that is missing or disabled.
     */
    public Optional<Caller> current() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || principal.getName() == null || "anonymous".equals(principal.getName())) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", principal.getName().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .filter(UserAccount::isEnabled)
                .findFirst()
                .map(account -> new Caller(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles()));
    }

    /** The caller, or the refusal a missing record gets: for boundaries that serve signed-in callers only. */
    public Caller required() {
        return current().orElseThrow(() -> new org.reconnect.shared.boundary.Refusal("case.notFound"));
    }
}
