package org.reconnect.couple.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.CaseNumbers;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Case numbers for the audit report, read in the caller's transaction (its access checks are the report's). */
@Dependent
public class CoupleCaseNumbers implements CaseNumbers {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Override
    public Map<Long, String> numbersOf(Collection<Long> coupleIds) {
        Map<Long, String> numbers = new HashMap<>();
        if (!coupleIds.isEmpty()) {
            em.createQuery("select c.id, c.caseNumber from Couple c where c.id in :ids", Object[].class)
                    .setParameter("ids", List.copyOf(coupleIds))
                    .getResultStream()
                    .forEach(r -> numbers.put((Long) r[0], (String) r[1]));
        }
        return numbers;
    }

    @Override
    public Optional<Long> coupleNumbered(String caseNumber) {
        return em.createQuery("select c.id from Couple c where c.caseNumber = :n", Long.class)
                .setParameter("n", caseNumber.toUpperCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
