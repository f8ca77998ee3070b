package org.reconnect.homework.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.boundary.CallingPartner;
import org.reconnect.couple.entity.Partner;
import org.reconnect.homework.control.HomeworkAccess;
import org.reconnect.homework.control.RevealWhenBoth;
import org.reconnect.homework.entity.HomeworkEntry;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entries a partner may read in the portal: their own, and the other partner's that are
 * shared with them (a "reveal when both" one once they answered the same period too; never a
 * self-care journal). Filters, paging and the feedback shown to the couple; each page audited.
 */
@Stateless
@RolesAllowed(Role.CLIENT_NAME)
public class PortalEntries {

    private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    CallingPartner callingPartner;

    @Inject
    AuditTrail audit;

    @Inject
    EntryFeedback feedbackOf;

    @Inject
    Clock clock;

    /**
     * How many entries the caller may read, with the filters of {@link #entryRows}: {@code type}
     * (a homework type), {@code assignment} (an id) and {@code mine} ("true": only their own).
     */
    public long entryCount(Map<String, String> filters) {
        Optional<Partner> me = callingPartner.find();
        if (me.isEmpty()) {
            return 0;
        }
        return readable(me.get(), filters, "select count(e) from HomeworkEntry e join e.assignment a", "", Long.class)
                .getSingleResult();
    }

    /** A page of the entries the caller may read, newest first, with the feedback shown to the couple. Audited. */
    public List<EntryRow> entryRows(PageRequest request) {
        Optional<Partner> found = callingPartner.find();
        if (found.isEmpty()) {
            return List.of();
        }
        Partner me = found.get();
        List<HomeworkEntry> entries = readable(me, request.filters(), "select e from HomeworkEntry e join e.assignment a",
                " order by e.loggedFor desc, e.id desc", HomeworkEntry.class)
                .setHint(FETCH_GRAPH, em.getEntityGraph(HomeworkEntry.WITH_CONTEXT))
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        Map<Long, List<EntryRow.Feedback>> feedback = feedbackOf.load(entries, true);
        Set<String> revealed = revealedPeriods(me, entries);
        Instant now = clock.instant();
        List<EntryRow> rows = entries.stream()
                .map(e -> {
                    boolean mine = HomeworkAccess.owns(me, e);
                    return EntryRow.of(e, mine, HomeworkAccess.mayChange(me, e, now),
                            mine && RevealWhenBoth.revealed(e, revealed),
                            feedback.getOrDefault(e.getId(), List.of()));
                })
                .toList();
        audit.record(AuditAction.VIEW_ENTRIES, AuditOutcome.SUCCESS, me.getCouple().getId(), HomeworkLog.ENTRY, null,
                rows.size() + " entries");
        return rows;
    }

    private <T> TypedQuery<T> readable(Partner me, Map<String, String> filters, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" ").append("""
                 where e.couple = :couple and (e.author = :me or (e.type <> :journal and (a.visibility = :shared
                   or (a.visibility = :reveal and exists (select o.id from HomeworkEntry o
                        where o.assignment = e.assignment and o.author = :me and o.periodKey = e.periodKey)))))""");
        HomeworkType typeFilter = EntryFilters.oneOf(HomeworkType.class, filters.get("type"));
        Long assignmentFilter = EntryFilters.id(filters.get("assignment"));
        boolean onlyMine = "true".equals(filters.get("mine"));
        if (typeFilter != null) {
            where.append(" and e.type = :type");
        }
        if (assignmentFilter != null) {
            where.append(" and a.id = :assignment");
        }
        if (onlyMine) {
            where.append(" and e.author = :me");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type)
                .setParameter("couple", me.getCouple())
                .setParameter("me", me)
                .setParameter("journal", HomeworkType.SELF_CARE_JOURNAL)
                .setParameter("shared", Visibility.SHARED)
                .setParameter("reveal", Visibility.REVEAL_WHEN_BOTH);
        if (typeFilter != null) {
            query.setParameter("type", typeFilter);
        }
        if (assignmentFilter != null) {
            query.setParameter("assignment", assignmentFilter);
        }
        return query;
    }

    /**
     * Of the caller's "reveal when both" entries on this page, the periods the other partner has
     * answered too ({@link RevealWhenBoth#period}): one statement, whatever the page holds.
     */
    private Set<String> revealedPeriods(Partner me, List<HomeworkEntry> entries) {
        List<Long> assignments = RevealWhenBoth.assignmentsAnsweredBy(me.getId(), entries);
        if (assignments.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("""
                        select o.assignment.id, o.periodKey from HomeworkEntry o
                        where o.assignment.id in :assignments and o.author <> :me""", Object[].class)
                .setParameter("assignments", assignments)
                .setParameter("me", me)
                .getResultStream()
                .map(r -> RevealWhenBoth.period(r[0], r[1]))
                .collect(Collectors.toSet());
    }
}
