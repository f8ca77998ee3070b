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
import org.reconnect.couple.boundary.CaseGuard;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.homework.control.Adherence;
import org.reconnect.homework.control.CoupleCalendar;
import org.reconnect.homework.control.TurnToward;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkEntry;
import org.reconnect.homework.entity.HomeworkFeedback;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.control.PlainText;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The therapist's review of a couple's homework: adherence, the turn-toward ratio, date ratings,
 * the entry timeline with filters, and feedback on an entry. The couple's current therapist
 * only (an admin, even a clinic director who is not the couple's therapist, gets nothing: entry
 * text is clinical). Every read is audited as {@code VIEW_ENTRIES}; each answer takes a fixed
 * number of statements, however long the history.
 */
@Stateless
@RolesAllowed(Role.THERAPIST_NAME)
public class HomeworkReview {

    public static final int WEEKS = 8;
    public static final int FEEDBACK_MAX = 2000;
    private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    CaseGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    EntryFeedback feedbackOf;

    @Inject
    Clock clock;

    /** The last eight weeks of a couple's homework, or empty for a couple the caller does not treat. */
    public Optional<ReviewDetails> review(long coupleId) {
        Couple couple;
        try {
            couple = guard.forReading(coupleId, callers.required(), AuditAction.VIEW_ENTRIES, CaseAccess.Level.CLINICAL);
        } catch (Refusal notFound) {
            return Optional.empty();
        }
        LocalDate today = couple.today(clock);
        LocalDate lastMonday = CoupleCalendar.weekStart(today);
        LocalDate firstMonday = lastMonday.minusWeeks(WEEKS - 1L);
        List<LocalDate> mondays = new ArrayList<>(WEEKS);
        for (int w = 0; w < WEEKS; w++) {
            mondays.add(firstMonday.plusWeeks(w));
        }
        List<Partner> partners = couple.getPartners().stream().sorted(Comparator.comparingInt(Partner::getPosition)).toList();
        List<HomeworkAssignment> assignments = em.createQuery("""
                        select a from HomeworkAssignment a
                        where a.couple = :couple and a.personal = false and a.startsOn <= :today
                          and (a.endsOn is null or a.endsOn >= :from)
                        order by a.startsOn, a.id""", HomeworkAssignment.class)
                .setParameter("couple", couple)
                .setParameter("today", today)
                .setParameter("from", firstMonday)
                .getResultList();
        List<Object[]> facts = em.createQuery("""
                        select e.assignment.id, a.position, e.loggedFor, e.type, e.bidBy, e.response, e.rating,
                               e.periodKey, e.minutes
                        from HomeworkEntry e join e.author a
                        where e.couple = :couple and e.loggedFor >= :from""", Object[].class)
                .setParameter("couple", couple)
                .setParameter("from", firstMonday)
                .getResultList();
        LocalDate lastEntry = em.createQuery(
                        "select max(e.loggedFor) from HomeworkEntry e where e.couple = :couple and e.assignment.personal = false",
                        LocalDate.class)
                .setParameter("couple", couple)
                .getSingleResult();

        Map<Long, Map<Integer, List<LocalDate>>> days = new HashMap<>();
        List<TurnToward.Bid> bids = new ArrayList<>();
        Map<String, Object[]> datesByPeriod = new LinkedHashMap<>();
        for (Object[] f : facts) {
            long assignmentId = (Long) f[0];
            int position = (Integer) f[1];
            LocalDate day = (LocalDate) f[2];
            HomeworkType type = (HomeworkType) f[3];
            days.computeIfAbsent(assignmentId, k -> new HashMap<>()).computeIfAbsent(position, k -> new ArrayList<>()).add(day);
            if (type == HomeworkType.MICRO_MOMENT_LOG && f[4] != null && f[5] != null) {
                bids.add(new TurnToward.Bid(day, position, (BidBy) f[4], (BidResponse) f[5]));
            }
            if (type == HomeworkType.EMOTIONAL_DATE) {
                Object[] date = datesByPeriod.computeIfAbsent(assignmentId + "/" + f[7],
                        k -> new Object[]{assignmentId, day, null, null, null});
                if (day.isBefore((LocalDate) date[1])) {
                    date[1] = day;
                }
                date[1 + position] = f[6];
                if (f[8] != null) {
                    date[4] = f[8];
                }
            }
        }

        List<ReviewDetails.AdherenceRow> adherence = new ArrayList<>();
        Map<Long, String> titles = new HashMap<>();
        for (HomeworkAssignment a : assignments) {
            titles.put(a.getId(), a.getTitle());
            Adherence.Plan plan = new Adherence.Plan(a.getCadence(), a.getTarget(), a.getStartsOn(), a.getEndsOn());
            for (Partner p : partners) {
                if (!a.isFor(p)) {
                    continue;
                }
                List<Adherence.Week> weeks = Adherence.weekly(plan,
                        days.getOrDefault(a.getId(), Map.of()).getOrDefault(p.getPosition(), List.of()),
                        firstMonday, WEEKS, today);
                adherence.add(new ReviewDetails.AdherenceRow(a.getId(), a.getTitle(), a.getType(), p.getCallName(),
                        weeks.stream().map(w -> new ReviewDetails.WeekCell(w.expected(), w.done())).toList(),
                        Adherence.percent(weeks)));
            }
        }
        List<ReviewDetails.DateRatings> dates = datesByPeriod.values().stream()
                .map(d -> new ReviewDetails.DateRatings((LocalDate) d[1], titles.get((Long) d[0]), (Integer) d[2],
                        (Integer) d[3], (Integer) d[4]))
                .sorted(Comparator.comparing(ReviewDetails.DateRatings::day).reversed())
                .toList();
        boolean anyOpen = assignments.stream().anyMatch(a -> a.isOpenOn(today) || a.isOpenOn(today.minusDays(6)));
        LocalDate newestStart = assignments.stream().filter(a -> a.isOpenOn(today) || a.isOpenOn(today.minusDays(6)))
                .map(HomeworkAssignment::getStartsOn).filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        boolean quiet = anyOpen && Adherence.quietForAWeek(lastEntry, newestStart, today);
        audit.record(AuditAction.VIEW_ENTRIES, AuditOutcome.SUCCESS, couple.getId(), "COUPLE", couple.getId(),
                "review: " + facts.size() + " entries");
        return Optional.of(new ReviewDetails(name(partners, 1), name(partners, 2), mondays, adherence,
                ratios(bids, 1, firstMonday), ratios(bids, 2, firstMonday), dates, lastEntry, quiet, couple.getCaseNumber()));
    }

    private static List<ReviewDetails.Ratio> ratios(List<TurnToward.Bid> bids, int responder, LocalDate firstMonday) {
        return TurnToward.weekly(bids, responder, firstMonday, WEEKS).stream()
                .map(r -> new ReviewDetails.Ratio(r.monday(), r.answered(), r.turnedToward(), r.percent()))
                .toList();
    }

    private static String name(List<Partner> partners, int position) {
        return partners.stream().filter(p -> p.getPosition() == position).findFirst().map(Partner::getCallName).orElse(null);
    }

    /**
     * How many of the couple's entries match the filters: {@code partner} (1 or 2), {@code type}
     * (a homework type), {@code response} (a micro-moment response), {@code from} and {@code to}
     * (ISO days). Nothing for a couple the caller does not treat.
     */
    public long entryCount(long coupleId, Map<String, String> filters) {
        Caller caller = callers.required();
        Couple couple = em.find(Couple.class, coupleId);
        if (couple == null || CaseAccess.levelFor(caller, couple.accessFacts()) != CaseAccess.Level.CLINICAL) {
            return 0;
        }
        return filtered(couple, filters, "select count(e) from HomeworkEntry e", "", Long.class).getSingleResult();
    }

    /** A page of the couple's entries, newest first, each with all its feedback. Audited as {@code VIEW_ENTRIES}. */
    public List<EntryRow> entryRows(long coupleId, PageRequest request) {
        Couple couple;
        try {
            couple = guard.forReading(coupleId, callers.required(), AuditAction.VIEW_ENTRIES, CaseAccess.Level.CLINICAL);
        } catch (Refusal notFound) {
            return List.of();
        }
        List<HomeworkEntry> entries = filtered(couple, request.filters(), "select e from HomeworkEntry e",
                " order by e.loggedFor desc, e.id desc", HomeworkEntry.class)
                .setHint(FETCH_GRAPH, em.getEntityGraph(HomeworkEntry.WITH_CONTEXT))
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        Map<Long, List<EntryRow.Feedback>> feedback = feedbackOf.load(entries, false);
        audit.record(AuditAction.VIEW_ENTRIES, AuditOutcome.SUCCESS, couple.getId(), "COUPLE", couple.getId(),
                "timeline: " + entries.size() + " entries");
        return entries.stream().map(e -> EntryRow.of(e, false, false, false, feedback.getOrDefault(e.getId(), List.of()))).toList();
    }

    private <T> TypedQuery<T> filtered(Couple couple, Map<String, String> filters, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where e.couple = :couple");
        Integer partner = "1".equals(filters.get("partner")) ? Integer.valueOf(1) : "2".equals(filters.get("partner")) ? Integer.valueOf(2) : null;
        HomeworkType homeworkType = EntryFilters.oneOf(HomeworkType.class, filters.get("type"));
        BidResponse response = EntryFilters.oneOf(BidResponse.class, filters.get("response"));
        LocalDate from = EntryFilters.day(filters.get("from"));
        LocalDate to = EntryFilters.day(filters.get("to"));
        if (partner != null) {
            where.append(" and e.author.position = :partner");
        }
        if (homeworkType != null) {
            where.append(" and e.type = :type");
        }
        if (response != null) {
            where.append(" and e.response = :response");
        }
        if (from != null) {
            where.append(" and e.loggedFor >= :from");
        }
        if (to != null) {
            where.append(" and e.loggedFor <= :to");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type).setParameter("couple", couple);
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        if (homeworkType != null) {
            query.setParameter("type", homeworkType);
        }
        if (response != null) {
            query.setParameter("response", response);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query;
    }

    /**
     * Feedback on an entry of a couple the caller treats: shown to the couple, or kept as the
     * therapist's own note. Audited as {@code FEEDBACK_GIVEN} (never the text).
     */
    public void giveFeedback(long entryId, String text, boolean shownToCouple) {
        Caller caller = callers.required();
        HomeworkEntry entry = em.find(HomeworkEntry.class, entryId);
        if (entry == null || CaseAccess.levelFor(caller, entry.getCouple().accessFacts()) != CaseAccess.Level.CLINICAL) {
            audit.recordDenial(AuditAction.FEEDBACK_GIVEN, "ENTRY", entryId, "not visible or missing");
            throw new Refusal("entry.notFound");
        }
        if (entry.getCouple().isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        String tidy = PlainText.tidy(text);
        if (tidy == null) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("feedback", Texts.get("feedback.required"))));
        }
        if (tidy.length() > FEEDBACK_MAX) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("feedback", Texts.get("feedback.size"))));
        }
        if (PlainText.hasMarkup(tidy)) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("feedback", Texts.get("text.markup"))));
        }
        HomeworkFeedback feedback = new HomeworkFeedback(entry, tidy, shownToCouple, clock.instant(), caller.email());
        em.persist(feedback);
        audit.record(AuditAction.FEEDBACK_GIVEN, AuditOutcome.SUCCESS, entry.getCouple().getId(), "ENTRY", entryId,
                shownToCouple ? "shown to the couple" : "private note");
    }
}
