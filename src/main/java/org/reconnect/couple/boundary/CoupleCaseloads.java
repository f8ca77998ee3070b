package org.reconnect.couple.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.clinic.boundary.Caseloads;
import org.reconnect.clinic.entity.Therapist;
import org.reconnect.couple.entity.CaseStatus;

/**
 * How many open couples a therapist carries, in one place: for the clinic's question (may this
 * staff member stop being a therapist) and for the capacity checks of intake and assignment.
 */
@Dependent
public class CoupleCaseloads implements Caseloads {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Override
    public long openCouplesOf(long accountId) {
        return open("c.therapist.account.id", accountId);
    }

    /** The couples of this therapist whose case is open ({@link CaseStatus#isOpen()}), for a capacity check. */
    public long openCouplesOf(Therapist therapist) {
        return open("c.therapist", therapist);
    }

    private long open(String whose, Object who) {
        // open is "not discharged", as CaseStatus.isOpen() says
        return em.createQuery("select count(c) from Couple c where " + whose + " = :who and c.status <> :discharged",
                        Long.class)
                .setParameter("who", who)
                .setParameter("discharged", CaseStatus.DISCHARGED)
                .getSingleResult();
    }
}
