package org.reconnect.overview.boundary;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.shared.entity.Role;

/** Clinic-wide figures for admins: counts only, nothing about any one couple. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ClinicFigures {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    /**
     * Counts of enabled therapists, open couples and unassigned open couples, in one query.
     * Admins only. Not audited: it reveals no couple's data.
     */
    public ClinicCounts counts() {
        Object[] row = (Object[]) em.createQuery("""
                        select count(c),
                               sum(case when t.id is null or ta.enabled = false then 1 else 0 end),
                               (select count(x) from Therapist x where x.account.enabled = true
                                    and :therapistRole member of x.account.roles)
                        from Couple c left join c.therapist t left join t.account ta
                        where c.status <> :discharged""")
                .setParameter("therapistRole", Role.THERAPIST)
                .setParameter("discharged", CaseStatus.DISCHARGED)
                .getSingleResult();
        return new ClinicCounts(asLong(row[2]), asLong(row[0]), asLong(row[1]));
    }

    private static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
