package org.reconnect.couple.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.control.CaseAccess;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.security.boundary.Callers;
import org.reconnect.security.control.Caller;
import org.reconnect.security.entity.Role;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The door to couples' cases. Every query here is scoped by {@link CaseAccess}: a therapist gets
 * the couples currently assigned to them, a partner their own couple, an admin case metadata.
 * A case the caller may not see is reported exactly like one that does not exist. Every read is
 * audited. Each method costs a fixed number of statements, whatever the size of the caseload.
 */
@Stateless
public class Cases {

    static final String COUPLE = "COUPLE";
    private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    /**
     * The calling therapist's open couples, by case number. Therapists only. Audited as one
     * {@code VIEW_CASELOAD} event that names every couple shown.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<CaseSummary> myCaseload() {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            return List.of();
        }
        List<Couple> couples = em.createQuery("""
                        select c from Couple c
                        join c.therapist t
                        where t.account.id = :me and c.status <> :discharged
                        order by c.caseNumber""", Couple.class)
                .setHint(FETCH_GRAPH, em.getEntityGraph(Couple.WITH_PEOPLE))
                .setParameter("me", caller.get().userId())
                .setParameter("discharged", CaseStatus.DISCHARGED)
                .getResultList();
        List<CaseSummary> summaries = couples.stream()
                .map(c -> new CaseSummary(c, CaseAccess.Level.CLINICAL))
                .toList();
        audit.recordListing(AuditAction.VIEW_CASELOAD, "COUPLE_LIST",
                summaries.stream().map(CaseSummary::getId).toList(), summaries.size() + " open cases");
        return summaries;
    }

    /**
     * One case by id, as far as the caller may see it: the assigned therapist and the couple's
     * partners see it, an admin sees its metadata. Anyone else gets an empty result, exactly as
     * for an id that does not exist. Audited as {@code VIEW_COUPLE}, {@code SUCCESS} or
     * {@code DENIED}.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME, Role.CLIENT_NAME})
    public Optional<CaseSummary> findCase(long coupleId) {
        Caller caller = callers.current().orElse(null);
        CaseAccess.Scope scope = CaseAccess.scopeFor(caller);
        Optional<Couple> found = scope.isEmpty() ? Optional.empty() : em.createQuery("""
                        select c from Couple c
                        left join c.therapist t
                        where c.id = :id
                          and (:all = true
                               or t.account.id = :asTherapist
                               or exists (select q.id from Partner q where q.couple = c and q.account.id = :asPartner))""",
                        Couple.class)
                .setHint(FETCH_GRAPH, em.getEntityGraph(Couple.WITH_PEOPLE))
                .setParameter("id", coupleId)
                .setParameter("all", scope.allCases())
                .setParameter("asTherapist", scope.asTherapistUserId())
                .setParameter("asPartner", scope.asPartnerUserId())
                .getResultStream()
                .findFirst();
        CaseAccess.Level level = found.map(c -> CaseAccess.levelFor(caller, facts(c))).orElse(CaseAccess.Level.NONE);
        if (!level.canSee()) {
            audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.DENIED, null, COUPLE, coupleId, "not visible or missing");
            return Optional.empty();
        }
        Couple couple = found.get();
        audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.SUCCESS, couple.getId(), COUPLE, couple.getId(),
                "access " + level);
        return Optional.of(new CaseSummary(couple, level));
    }

    /**
     * The calling partner's own couple, for the portal home. Clients only. Audited as
     * {@code VIEW_PORTAL_HOME}.
     */
    @RolesAllowed(Role.CLIENT_NAME)
    public Optional<PortalCase> myCase() {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        long me = caller.get().userId();
        Optional<Couple> found = em.createQuery("""
                        select c from Couple c
                        where exists (select q.id from Partner q where q.couple = c and q.account.id = :me)""",
                        Couple.class)
                .setHint(FETCH_GRAPH, em.getEntityGraph(Couple.WITH_PEOPLE))
                .setParameter("me", me)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Couple couple = found.get();
        audit.record(AuditAction.VIEW_PORTAL_HOME, AuditOutcome.SUCCESS, couple.getId(), COUPLE, couple.getId(), null);
        return Optional.of(new PortalCase(couple, me));
    }

    private static CaseAccess.CaseFacts facts(Couple couple) {
        Long therapistUserId = couple.getTherapist() == null ? null : couple.getTherapist().getAccount().getId();
        return new CaseAccess.CaseFacts(therapistUserId,
                couple.getPartners().stream().map(Partner::getAccount).map(a -> a.getId()).collect(Collectors.toSet()));
    }
}
