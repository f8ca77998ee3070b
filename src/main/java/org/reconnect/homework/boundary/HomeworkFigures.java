package org.reconnect.homework.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.homework.control.Adherence;
import org.reconnect.homework.control.CoupleCalendar;
import org.reconnect.homework.entity.AssignmentStatus;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adherence as numbers for lists: per couple (the therapist's caseload) and per therapist (the
 * clinic's dashboard). This week so far and the last four weeks, expected against done (each
 * week capped), and whether nothing was logged for seven days though homework was open. No
 * entry text, so admins may see it. Three statements, whatever the number of couples or entries.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
public class HomeworkFigures {

    static final int WEEKS = 4;

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    /** One couple's (or one therapist's couples') adherence; percentages are {@code null} when nothing was expected. */
    public record Figures(Integer thisWeek, Integer fourWeeks, int quietCount) implements Serializable {

        public boolean isQuiet() {
            return quietCount > 0;
        }
    }

    private record Assigned(long id, long coupleId, Long partnerId, Cadence cadence, int target, LocalDate startsOn,
                            LocalDate endsOn) {
    }

    private static final class Sum {
        int weekExpected;
        int weekCounted;
        int expected;
        int counted;
        boolean open;
        LocalDate lastEntry;
        LocalDate newestStart;
        LocalDate today;
        int quietCouples;

        /** Homework open in the last week, and nothing logged since the later of the last entry and the newest start. */
        boolean quiet() {
            return open && Adherence.quietForAWeek(lastEntry, newestStart, today);
        }

        Integer percent(int done, int of) {
            return of == 0 ? null : (int) Math.round(100.0 * done / of);
        }
    }

    /**
     * Figures for some couples: those of {@code coupleIds} the caller may see (a therapist their
     * own, an admin any). Unknown or foreign ids are left out.
     */
    public Map<Long, Figures> forCouples(Collection<Long> coupleIds) {
        Caller caller = callers.current().orElse(null);
        if (caller == null || coupleIds.isEmpty()) {
            return Map.of();
        }
        boolean admin = caller.is(Role.ADMIN);
        String scope = "c.id in :ids" + (admin ? "" : " and c.therapist.account.id = :me");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", List.copyOf(coupleIds));
        if (!admin) {
            parameters.put("me", caller.userId());
        }
        Map<Long, Sum> sums = compute(scope, parameters);
        Map<Long, Figures> result = new HashMap<>();
        sums.forEach((id, s) -> result.put(id, new Figures(s.percent(s.weekCounted, s.weekExpected),
                s.percent(s.counted, s.expected), s.quiet() ? 1 : 0)));
        return result;
    }

    /** Figures per therapist (by therapist id) over their active couples. Admins only. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Map<Long, Figures> byTherapist() {
        Map<Long, Sum> sums = compute("c.therapist is not null and c.status = :active", Map.of("active", CaseStatus.ACTIVE));
        Map<Long, Long> therapistOf = new HashMap<>();
        em.createQuery("select c.id, c.therapist.id from Couple c where c.therapist is not null and c.status = :active",
                        Object[].class)
                .setParameter("active", CaseStatus.ACTIVE)
                .getResultStream()
                .forEach(r -> therapistOf.put((Long) r[0], (Long) r[1]));
        Map<Long, Sum> perTherapist = new HashMap<>();
        sums.forEach((coupleId, s) -> {
            Sum t = perTherapist.computeIfAbsent(therapistOf.get(coupleId), k -> new Sum());
            t.weekExpected += s.weekExpected;
            t.weekCounted += s.weekCounted;
            t.expected += s.expected;
            t.counted += s.counted;
            t.quietCouples += s.quiet() ? 1 : 0;
        });
        Map<Long, Figures> result = new HashMap<>();
        perTherapist.forEach((id, t) -> result.put(id, new Figures(t.percent(t.weekCounted, t.weekExpected),
                t.percent(t.counted, t.expected), t.quietCouples)));
        return result;
    }

    /** Per couple in scope: the sums, from three statements (partners, assignments, entries). */
    private Map<Long, Sum> compute(String scope, Map<String, Object> parameters) {
        Map<Long, List<Long>> partners = new HashMap<>();
        Map<Long, ZoneId> zones = new HashMap<>();
        var partnerQuery = em.createQuery("select c.id, p.id, p.position, p.timeZone from Partner p join p.couple c where "
                + scope, Object[].class);
        parameters.forEach(partnerQuery::setParameter);
        partnerQuery.getResultStream().forEach(r -> {
            partners.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]);
            if ((Integer) r[2] == 1) {
                zones.put((Long) r[0], zone((String) r[3]));
            }
        });
        LocalDate utcToday = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = CoupleCalendar.weekStart(utcToday.minusDays(1)).minusWeeks(WEEKS - 1L);
        var assignmentQuery = em.createQuery("""
                        select a.id, c.id, a.partner.id, a.cadence, a.target, a.startsOn, a.endsOn
                        from HomeworkAssignment a join a.couple c
                        where a.status <> :cancelled and a.personal = false and (a.endsOn is null or a.endsOn >= :from) and """ + " " + scope,
                Object[].class)
                .setParameter("cancelled", AssignmentStatus.CANCELLED)
                .setParameter("from", from);
        parameters.forEach(assignmentQuery::setParameter);
        List<Assigned> assigned = assignmentQuery.getResultStream()
                .map(r -> new Assigned((Long) r[0], (Long) r[1], (Long) r[2], (Cadence) r[3], (Integer) r[4],
                        (LocalDate) r[5], (LocalDate) r[6]))
                .toList();
        // counted by the database per assignment, partner and week (Monday to Sunday, as the
        // couple's calendar has it): a week's entries count together, so one row stands for them all
        var entryQuery = em.createQuery("""
                        select a.id, e.author.id, min(e.loggedFor), max(e.loggedFor), count(e)
                        from HomeworkEntry e join e.couple c join e.assignment a
                        where e.loggedFor >= :from and a.status <> :cancelled and a.personal = false and""" + " " + scope
                        + " group by a.id, e.author.id, function('yearweek', e.loggedFor, 3)", Object[].class)
                .setParameter("from", from)
                .setParameter("cancelled", AssignmentStatus.CANCELLED);
        parameters.forEach(entryQuery::setParameter);
        Map<String, List<LocalDate>> days = new HashMap<>();
        // each entry of a week as its first day: the adherence of a week counts its entries, not their days
        entryQuery.getResultStream().forEach(r -> {
            List<LocalDate> mine = days.computeIfAbsent(r[0] + "/" + r[1], k -> new ArrayList<>());
            LocalDate first = (LocalDate) r[2];
            LocalDate last = (LocalDate) r[3];
            int count = ((Number) r[4]).intValue();
            mine.add(last);
            mine.addAll(Collections.nCopies(count - 1, first));
        });

        Map<Long, Sum> sums = new HashMap<>();
        partners.keySet().forEach(id -> sums.put(id, new Sum()));
        Map<Long, LocalDate> todays = new HashMap<>();
        partners.keySet().forEach(id -> todays.put(id, new CoupleCalendar(zones.getOrDefault(id, ZoneOffset.UTC)).today(clock)));
        for (Assigned a : assigned) {
            Sum sum = sums.get(a.coupleId());
            LocalDate today = todays.get(a.coupleId());
            if (sum == null || today == null) {
                continue;
            }
            LocalDate monday = CoupleCalendar.weekStart(today);
            LocalDate firstMonday = monday.minusWeeks(WEEKS - 1L);
            Adherence.Plan plan = new Adherence.Plan(a.cadence(), a.target(), a.startsOn(), a.endsOn());
            boolean openThisWeek = Adherence.expected(plan, today.minusDays(6), today, today) > 0;
            sum.open |= openThisWeek;
            sum.today = today;
            if (openThisWeek && a.startsOn() != null && (sum.newestStart == null || a.startsOn().isAfter(sum.newestStart))) {
                sum.newestStart = a.startsOn();
            }
            for (Long partnerId : partners.getOrDefault(a.coupleId(), List.of())) {
                if (a.partnerId() != null && !a.partnerId().equals(partnerId)) {
                    continue;
                }
                List<LocalDate> mine = days.getOrDefault(a.id() + "/" + partnerId, List.of());
                List<Adherence.Week> weeks = Adherence.weekly(plan, mine, firstMonday, WEEKS, today);
                Adherence.Week thisWeek = weeks.get(WEEKS - 1);
                sum.weekExpected += thisWeek.expected();
                sum.weekCounted += thisWeek.counted();
                weeks.forEach(w -> {
                    sum.expected += w.expected();
                    sum.counted += w.counted();
                });
                for (LocalDate day : mine) {
                    if (sum.lastEntry == null || day.isAfter(sum.lastEntry)) {
                        sum.lastEntry = day;
                    }
                }
            }
        }
        return sums;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
