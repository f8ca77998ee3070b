package org.reconnect.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditEvent;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.control.Csv;
import org.reconnect.shared.control.Like;
import org.reconnect.shared.entity.Role;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The audit report for admins: any time range, filtered by user, couple (case number), action,
 * outcome and client address, sorted on any column, a page at a time, and as CSV; and the
 * integrity check that walks the hash chain and names the first row that was changed, inserted
 * or removed. Viewing, exporting and checking are audited themselves. There is no way to switch
 * the audit off.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditReport {

    private static final Logger LOG = Logger.getLogger(AuditReport.class.getName());
    private static final long PROGRESS_EVERY = 100_000;

    static final String AUDIT = "AUDIT";
    /** What the table may sort on, by column name; anything else sorts by seq. */
    private static final Map<String, String> SORTS = Map.of("seq", "e.seq", "occurredAt", "e.occurredAt", "actor", "e.actor",
            "action", "e.action", "outcome", "e.outcome", "caseNumber", "e.coupleId", "target", "e.targetType",
            "clientAddress", "e.clientAddress", "detail", "e.detail");

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CaseNumbers numbers;

    /** The result of an integrity check, in words the page can show. */
    public record Integrity(boolean intact, long checkedRows, long firstBadSeq, AuditChain.Problem problem)
            implements Serializable {
    }

    public long count(Map<String, String> filters) {
        Where where = where(new PageRequest(0, 1, null, true, filters));
        if (where.none) {
            return 0;
        }
        if (where.parameters.isEmpty()) {
            // the whole trail: every event is linked or waiting for its link (the check proves it), so
            // no need to count millions of rows on every first page
            return em.createQuery("select h.lastSeq + (select count(p) from AuditPending p) from AuditChainHead h", Long.class)
                    .getSingleResult();
        }
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEvent e where " + where.jpql, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** One page of events. Audited as {@code VIEW_AUDIT}, with the filters used. */
    public List<AuditRow> rows(PageRequest request) {
        Where where = where(request);
        List<AuditRow> rows = where.none ? List.of() : fetch(where, request.sortField(), request.ascending(), request.first(),
                request.size());
        audit.record(AuditAction.VIEW_AUDIT, AuditOutcome.SUCCESS, null, AUDIT, null, describe(request.filters()));
        return rows;
    }

    /**
     * Every matching event as CSV (UTF-8, a header line, RFC 4180 quoting; cells that a
     * spreadsheet would read as a formula are prefixed with an apostrophe). Audited as
     * {@code EXPORT_AUDIT}.
     */
    public byte[] csv(Map<String, String> filters, String sortField, boolean ascending) {
        Where where = where(new PageRequest(0, 1, sortField, ascending, filters));
        // events appended while the export runs do not shift its pages
        where.jpql += " and e.seq <= :upTo";
        where.parameters.put("upTo", em.createQuery("select coalesce(max(e.seq), 0) from AuditEvent e", Long.class)
                .getSingleResult());
        StringBuilder out = new StringBuilder("seq,occurred_at_utc,actor,action,outcome,case,listed_couples,target,client_address,detail\r\n");
        if (!where.none) {
            int first = 0;
            List<AuditRow> page;
            do {
                page = fetch(where, sortField, ascending, first, 1000);
                for (AuditRow r : page) {
                    out.append(r.seq()).append(',').append(r.occurredAt()).append(',').append(cell(r.actor())).append(',')
                            .append(cell(r.action())).append(',').append(cell(r.outcome())).append(',')
                            .append(cell(r.caseNumber())).append(',').append(r.listedCouples()).append(',')
                            .append(cell(r.getTarget())).append(',').append(cell(r.clientAddress())).append(',')
                            .append(cell(r.detail())).append("\r\n");
                }
                first += page.size();
            } while (page.size() == 1000);
        }
        audit.record(AuditAction.EXPORT_AUDIT, AuditOutcome.SUCCESS, null, AUDIT, null, describe(filters));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Walks the whole chain (the linker held back meanwhile, pages not) in constant memory, and
     * names the first event that was changed, inserted or removed, or none. Progress goes to the
     * server log every {@value #PROGRESS_EVERY} links. Audited as {@code VERIFY_AUDIT}, after the walk.
     */
    public Integrity verify() {
        long started = System.nanoTime();
        AuditChain.Verification v = em.unwrap(org.hibernate.Session.class).doReturningWork(c -> AuditChainWalk.walk(c, checked -> {
            if (checked % PROGRESS_EVERY == 0) {
                LOG.info(() -> "Audit check: " + checked + " links verified");
            }
        }));
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Audit check: " + v.checkedRows() + " events in " + millis + " ms, " + (v.intact() ? "intact"
                : "first bad event " + v.firstBadSeq() + " " + v.problem()));
        audit.record(AuditAction.VERIFY_AUDIT, v.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, null, AUDIT, null,
                v.intact() ? v.checkedRows() + " rows intact" : "first bad row " + v.firstBadSeq() + ": " + v.problem());
        return new Integrity(v.intact(), v.checkedRows(), v.firstBadSeq(), v.problem());
    }

    private List<AuditRow> fetch(Where where, String sortField, boolean ascending, int first, int size) {
        // unsorted, the newest come first: by time (numbers come in blocks per server, so they are
        // in order of time only on one server)
        String order = sortField == null || !SORTS.containsKey(sortField) ? "e.occurredAt desc"
                : SORTS.get(sortField) + (ascending ? " asc" : " desc");
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e where " + where.jpql + " order by " + order
                + (order.startsWith("e.seq") ? "" : ", e.seq desc"), AuditEvent.class);
        where.parameters.forEach(query::setParameter);
        List<AuditEvent> events = query.setFirstResult(first).setMaxResults(size).getResultList();
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, String> caseNumbers = numbers.numbersOf(
                events.stream().map(AuditEvent::getCoupleId).filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, Long> listedCounts = new HashMap<>();
        em.createQuery("select e.seq, count(l) from AuditEvent e join e.listedCoupleIds l where e.seq in :seqs group by e.seq",
                        Object[].class)
                .setParameter("seqs", events.stream().map(AuditEvent::getSeq).toList())
                .getResultStream()
                .forEach(r -> listedCounts.put((Long) r[0], (Long) r[1]));
        return events.stream().map(e -> new AuditRow(e.getSeq(), e.getOccurredAt(), e.getActor(), e.getAction(),
                e.getOutcome(), e.getCoupleId() == null ? null : caseNumbers.getOrDefault(e.getCoupleId(), "#" + e.getCoupleId()),
                listedCounts.getOrDefault(e.getSeq(), 0L).intValue(), e.getTargetType(), e.getTargetId(), e.getClientAddress(),
                e.getDetail())).collect(Collectors.toList());
    }

    /** The filters as JPQL with parameters; {@code none} when a filter cannot match anything. */
    private Where where(PageRequest request) {
        Where where = new Where();
        List<String> parts = new ArrayList<>();
        parts.add("1 = 1");
        LocalDate from = date(request.filter("from"), "from");
        LocalDate to = date(request.filter("to"), "to");
        if (from != null) {
            parts.add("e.occurredAt >= :from");
            where.parameters.put("from", from.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (to != null) {
            parts.add("e.occurredAt < :to");
            where.parameters.put("to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (request.filter("actor") != null) {
            parts.add("lower(e.actor) like :actor " + Like.ESCAPE);
            where.parameters.put("actor", Like.containing(request.filter("actor")));
        }
        if (request.filter("action") != null) {
            parts.add("e.action = :action");
            where.parameters.put("action", request.filter("action"));
        }
        if (request.filter("outcome") != null) {
            parts.add("e.outcome = :outcome");
            where.parameters.put("outcome", request.filter("outcome"));
        }
        if (request.filter("address") != null) {
            parts.add("e.clientAddress like :address " + Like.ESCAPE);
            where.parameters.put("address", Like.startingWith(request.filter("address")));
        }
        if (request.filter("couple") != null) {
            Optional<Long> couple = numbers.coupleNumbered(request.filter("couple"));
            if (couple.isEmpty()) {
                where.none = true;
            } else {
                parts.add("(e.coupleId = :couple or :couple member of e.listedCoupleIds)");
                where.parameters.put("couple", couple.get());
            }
        }
        where.jpql = String.join(" and ", parts);
        return where;
    }

    private static LocalDate date(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Refusal.onField(field, "audit.date");
        }
    }

    private static String describe(Map<String, String> filters) {
        String text = filters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue().strip())
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? "all" : text;
    }

    /** A CSV cell: quoted when needed, and never a formula to a spreadsheet. */
    static String cell(String value) {
        return Csv.cell(value);
    }

    private static final class Where {
        String jpql;
        final Map<String, Object> parameters = new HashMap<>();
        boolean none;
    }
}
