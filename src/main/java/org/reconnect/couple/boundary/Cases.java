package org.reconnect.couple.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import jakarta.persistence.TypedQuery;
import org.reconnect.couple.entity.CaseStatusChange;
import org.reconnect.couple.entity.Screening;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.shared.control.Like;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    @Inject
    Clock clock;

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
        CaseAccess.Level level = found.map(c -> CaseAccess.levelFor(caller, CaseGuard.facts(c))).orElse(CaseAccess.Level.NONE);
        if (!level.canSee()) {
            audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.DENIED, null, COUPLE, coupleId, "not visible or missing");
            return Optional.empty();
        }
        Couple couple = found.get();
        audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.SUCCESS, couple.getId(), COUPLE, couple.getId(),
                "access " + level);
        return Optional.of(CaseSummary.of(couple, level));
    }

    /**
     * A couple's page: as far as the caller may see it (the assigned therapist: everything; an
     * admin: metadata and flags; anyone else: nothing, exactly like a missing id). Audited as
     * {@code VIEW_COUPLE}, {@code SUCCESS} or {@code DENIED}.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
    public Optional<CaseDetails> details(long coupleId) {
        Caller caller = callers.current().orElse(null);
        CaseAccess.Scope scope = CaseAccess.scopeFor(caller);
        Optional<Couple> found = scope.isEmpty() ? Optional.empty() : em.createQuery("""
                        select c from Couple c
                        left join c.therapist t
                        where c.id = :id and (:all = true or t.account.id = :asTherapist)""", Couple.class)
                .setParameter("id", coupleId)
                .setParameter("all", scope.allCases())
                .setParameter("asTherapist", scope.asTherapistUserId())
                .setHint(FETCH_GRAPH, em.getEntityGraph(Couple.WITH_PEOPLE))
                .getResultStream()
                .findFirst();
        CaseAccess.Level level = found.map(c -> CaseAccess.levelFor(caller, CaseGuard.facts(c))).orElse(CaseAccess.Level.NONE);
        if (level != CaseAccess.Level.CLINICAL && level != CaseAccess.Level.METADATA) {
            audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.DENIED, null, COUPLE, coupleId, "not visible or missing");
            return Optional.empty();
        }
        Couple couple = found.get();
        List<StatusChangeRow> history = em.createQuery("""
                        select s from CaseStatusChange s where s.couple = :couple order by s.changedAt desc, s.id desc""",
                        CaseStatusChange.class)
                .setParameter("couple", couple)
                .getResultStream()
                .map(StatusChangeRow::of)
                .toList();
        audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.SUCCESS, couple.getId(), COUPLE, couple.getId(),
                "case page, access " + level);
        return Optional.of(CaseDetails.of(couple, level, history));
    }

    /**
     * How many of the calling therapist's couples match the filters (open ones unless the status
     * filter asks for discharged). Therapists only. Filters: {@code search} (case number or a
     * partner's name), {@code status}, {@code flagged}. Not audited: a number, no couple.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public long caseloadCount(Map<String, String> filters) {
        return callers.current().map(me -> count(caseloadList(me, filters))).orElse(0L);
    }

    /**
     * One page of the calling therapist's couples, with flags, days since intake and days in the
     * current status. Therapists only. A fixed number of statements per page, whatever the size
     * of the caseload. Audited as one {@code VIEW_CASELOAD} event naming every couple shown.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<CaseRow> caseloadRows(PageRequest request) {
        return callers.current()
                .map(me -> rows(caseloadList(me, request.filters()), request, AuditAction.VIEW_CASELOAD))
                .orElse(List.of());
    }

    /** How many of the clinic's couples match the filters, for admins (see {@link #clinicRows}). */
    @RolesAllowed(Role.ADMIN_NAME)
    public long clinicCount(Map<String, String> filters) {
        return count(clinicList(filters));
    }

    /**
     * One page of every couple of the clinic, for admins: metadata and flags only. Filters as
     * {@link #caseloadRows} plus {@code therapist} (a therapist's id). Audited as one
     * {@code VIEW_COUPLE_LIST} event naming every couple shown.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<CaseRow> clinicRows(PageRequest request) {
        return rows(clinicList(request.filters()), request, AuditAction.VIEW_COUPLE_LIST);
    }

    /** How many open couples wait for a therapist, for admins. Not audited. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long waitingCount(Map<String, String> filters) {
        return count(waitingList(filters));
    }

    /**
     * The couples waiting for a therapist, longest waiting first unless sorted otherwise, for
     * admins. Audited as one {@code VIEW_COUPLE_LIST} event naming every couple shown.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<CaseRow> waitingRows(PageRequest request) {
        PageRequest oldestFirst = request.sortField() == null
                ? new PageRequest(request.first(), request.size(), "daysSinceOpened", false, request.filters())
                : request;
        return rows(waitingList(request.filters()), oldestFirst, AuditAction.VIEW_COUPLE_LIST);
    }

    private static final Map<String, String> SORTS = Map.of(
            "caseNumber", "c.caseNumber",
            "openedOn", "c.openedOn",
            "statusSince", "c.statusSince",
            "status", "c.status",
            "daysSinceOpened", "-c.openedOn",
            "daysInStatus", "-c.statusSince",
            "therapistName", "ta.displayName");

    /** A list's where-clause and its parameters; built only from known filters, never from raw input. */
    private record CoupleList(String where, Map<String, Object> parameters) {
    }

    private CoupleList caseloadList(Caller me, Map<String, String> filters) {
        return list("t.account.id = :me", Map.of("me", me.userId()), filters, true);
    }

    private CoupleList clinicList(Map<String, String> filters) {
        return list(null, Map.of(), filters, false);
    }

    private CoupleList waitingList(Map<String, String> filters) {
        // a couple whose therapist has left waits too
        return list("(c.therapist is null or ta.enabled = false) and c.status <> :waitingClosed",
                Map.of("waitingClosed", CaseStatus.DISCHARGED), filters, false);
    }

    private static CoupleList list(String scope, Map<String, Object> scopeParameters, Map<String, String> filters,
                                   boolean openUnlessAsked) {
        PageRequest asked = new PageRequest(0, 1, null, true, filters);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>(scopeParameters);
        if (scope != null) {
            where.append(" and ").append(scope);
        }
        String status = asked.filter("status");
        if (status != null && Arrays.stream(CaseStatus.values()).anyMatch(v -> v.name().equals(status))) {
            where.append(" and c.status = :status");
            parameters.put("status", CaseStatus.valueOf(status));
        } else if (openUnlessAsked) {
            where.append(" and c.status <> :closed");
            parameters.put("closed", CaseStatus.DISCHARGED);
        }
        String search = asked.filter("search");
        if (search != null) {
            where.append(" and (lower(c.caseNumber) like :search " + Like.ESCAPE + " or exists (select p.id from Partner p"
                    + " where p.couple = c and (lower(p.fullName) like :search " + Like.ESCAPE + " or lower(p.preferredName) like :search "
                    + Like.ESCAPE + ")))");
            parameters.put("search", Like.containing(search));
        }
        if ("true".equals(asked.filter("flagged"))) {
            where.append(" and exists (select p.id from Partner p where p.couple = c and p.screening <> :cleared)");
            parameters.put("cleared", Screening.CLEARED);
        }
        String therapist = asked.filter("therapist");
        if (therapist != null && therapist.matches("\\d{1,18}")) {
            where.append(" and t.id = :therapistId");
            parameters.put("therapistId", Long.valueOf(therapist));
        }
        return new CoupleList(where.toString(), parameters);
    }

    private static final String LIST_FROM = " from Couple c left join c.therapist t left join t.account ta";

    private long count(CoupleList list) {
        TypedQuery<Long> count = em.createQuery("select count(c)" + LIST_FROM + list.where(), Long.class);
        list.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    private List<CaseRow> rows(CoupleList list, PageRequest request, AuditAction action) {
        String order = SORTS.getOrDefault(request.sortField() == null ? "caseNumber" : request.sortField(), "c.caseNumber");
        // "-" marks a day count sorted by its date: more days is an earlier date
        boolean ascending = order.startsWith("-") != request.ascending();
        TypedQuery<Couple> rows = em.createQuery("select c" + LIST_FROM + list.where() + " order by "
                + order.replace("-", "") + (ascending ? " asc" : " desc") + ", c.id", Couple.class);
        list.parameters().forEach(rows::setParameter);
        LocalDate today = LocalDate.now(clock);
        List<Couple> couples = rows.setFirstResult(request.first())
                .setMaxResults(request.size())
                .setHint(FETCH_GRAPH, em.getEntityGraph(Couple.WITH_THERAPIST))
                .getResultList();
        if (!couples.isEmpty()) {
            // one statement loads the partners of the whole page (a collection cannot be fetched
            // together with a page: the database would page over partner rows, not couples)
            em.createQuery("select distinct c from Couple c left join fetch c.partners where c in :page", Couple.class)
                    .setParameter("page", couples)
                    .getResultList();
        }
        List<CaseRow> page = couples.stream().map(c -> CaseRow.of(c, today)).toList();
        audit.recordListing(action, "COUPLE_LIST", page.stream().map(CaseRow::id).toList(),
                page.size() + " couples from " + request.first());
        return page;
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
        return Optional.of(PortalCase.of(couple, me));
    }

    /**
     * The time zone recorded for the calling partner, in which the portal shows them times.
     * Clients only; empty for a caller who is no partner. Not audited: a setting, nothing
     * clinical.
     */
    @RolesAllowed(Role.CLIENT_NAME)
    public Optional<java.time.ZoneId> myTimeZone() {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select p.timeZone from Partner p where p.account.id = :me", String.class)
                .setParameter("me", caller.get().userId())
                .getResultStream()
                .findFirst()
                .map(java.time.ZoneId::of);
    }
}
