package org.reconnect.couple.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.couple.entity.Partner;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.entity.Caller;

import java.util.Optional;

/**
 * The partner the current caller is, with their couple: how the portal's boundaries scope
 * everything to one partner. Empty for a caller who is no partner. Part of the boundaries, used
 * only by them.
 */
@Dependent
public class CallingPartner {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    public Optional<Partner> find() {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select p from Partner p join fetch p.couple where p.account.id = :me", Partner.class)
                .setParameter("me", caller.get().userId())
                .getResultStream()
                .findFirst();
    }
}
