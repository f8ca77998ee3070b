package org.reconnect.assessment.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.reconnect.assessment.control.CutoffSide;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.control.ReliableChange;
import org.reconnect.assessment.control.Scoring;
import org.reconnect.assessment.entity.AdministrationStatus;
import org.reconnect.couple.entity.Partner;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Answered responses in some scope with their scores, computed from the stored answers with the
 * version each was answered with: three statements (responses, answers, versions), whatever the
 * number of responses. Part of the assessment boundaries, used only by them; callers check access
 * and audit.
 */
@Dependent
public class ScoredResponses {

    private static final List<AdministrationStatus> ANSWERED =
            List.of(AdministrationStatus.SUBMITTED, AdministrationStatus.ENTERED_IN_ERROR);

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    InstrumentCatalog catalog;

    /** One answered response and its score. */
    public record Response(long id, long version, long coupleId, long partnerId, int position, String partnerName,
                           Instrument instrument, AdministrationStatus status, Instant submittedAt, LocalDate dueOn,
                           String errorReason, Map<String, Integer> answers, Scoring.Score score) {

        public boolean valid() {
            return status == AdministrationStatus.SUBMITTED;
        }
    }

    /**
     * Of the valid responses matching {@code where}, only each partner's first and latest to each
     * instrument: what {@link #deteriorated} compares, read in rows that grow with the couples,
     * never with their history. One grouped pass finds when those were answered; the responses
     * themselves are then read by partner and time. The definition whose figures it uses is the
     * newer of those two.
     */
    public List<Response> seriesEnds(String where, Map<String, Object> parameters) {
        TypedQuery<Object[]> ends = em.createQuery("""
                select p.id, a.instrument.code, min(a.submittedAt), max(a.submittedAt)
                from AssessmentAdministration a join a.partner p join a.couple c
                where a.status = :valid and""" + " " + where + " group by p.id, a.instrument.code", Object[].class);
        ends.setParameter("valid", AdministrationStatus.SUBMITTED);
        parameters.forEach(ends::setParameter);
        Set<String> wanted = new HashSet<>();
        Set<Long> partners = new HashSet<>();
        Set<Instant> times = new HashSet<>();
        for (Object[] r : ends.getResultList()) {
            partners.add((Long) r[0]);
            for (Object at : new Object[] {r[2], r[3]}) {
                wanted.add(r[0] + "/" + r[1] + "/" + at);
                times.add((Instant) at);
            }
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("valid", AdministrationStatus.SUBMITTED);
        all.put("endPartners", List.copyOf(partners));
        all.put("endTimes", List.copyOf(times));
        return answered(where + " and a.status = :valid and p.id in :endPartners and a.submittedAt in :endTimes", all).stream()
                .filter(r -> wanted.contains(r.partnerId() + "/" + r.instrument().code() + "/" + r.submittedAt()))
                .toList();
    }

    /**
     * The answered responses matching {@code where} (JPQL over {@code a} the administration,
     * {@code p} its partner, {@code c} its couple), oldest first.
     */
    public List<Response> answered(String where, Map<String, Object> parameters) {
        TypedQuery<Object[]> rows = em.createQuery("""
                select a.id, a.version, c.id, p.id, p.position, p.preferredName, p.fullName, a.instrument.id, a.status,
                       a.submittedAt, a.dueOn, a.errorReason
                from AssessmentAdministration a join a.partner p join a.couple c
                where a.status in :answered and""" + " " + where + " order by a.submittedAt, a.id", Object[].class);
        rows.setParameter("answered", ANSWERED);
        parameters.forEach(rows::setParameter);
        List<Object[]> found = rows.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> answerRows = em.createQuery("""
                select a.id, key(ans), value(ans)
                from AssessmentAdministration a join a.partner p join a.couple c join a.answers ans
                where a.status in :answered and""" + " " + where, Object[].class);
        answerRows.setParameter("answered", ANSWERED);
        parameters.forEach(answerRows::setParameter);
        Map<Long, Map<String, Integer>> answers = new HashMap<>();
        answerRows.getResultStream().forEach(r -> answers.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                .put((String) r[1], (Integer) r[2]));
        Map<Long, Instrument> instruments = catalog.byIds(found.stream().map(r -> (Long) r[7]).distinct().toList());
        List<Response> responses = new ArrayList<>(found.size());
        for (Object[] r : found) {
            long id = (Long) r[0];
            Instrument instrument = instruments.get((Long) r[7]);
            Map<String, Integer> mine = answers.getOrDefault(id, Map.of());
            String name = Partner.callName((String) r[5], (String) r[6]);
            responses.add(new Response(id, (Long) r[1], (Long) r[2], (Long) r[3], (Integer) r[4], name, instrument,
                    (AdministrationStatus) r[8], (Instant) r[9], (LocalDate) r[10], (String) r[11], mine,
                    Scoring.score(instrument, mine)));
        }
        return responses;
    }


    /**
     * Per instrument (by code, in order of first response) and partner: the points, the baseline
     * and latest valid response, the change between, and the partners' discrepancy. Figures for
     * change come from the latest version of the instrument seen.
     */
    static List<CoupleResults.InstrumentResults> trends(List<Response> responses, java.time.ZoneId zone) {
        Map<String, List<Response>> byCode = new LinkedHashMap<>();
        responses.forEach(r -> byCode.computeIfAbsent(r.instrument().code(), k -> new ArrayList<>()).add(r));
        List<CoupleResults.InstrumentResults> results = new ArrayList<>();
        for (Map.Entry<String, List<Response>> e : byCode.entrySet()) {
            List<Response> all = e.getValue();
            Instrument latestDefinition = all.stream().map(Response::instrument)
                    .max(Comparator.comparingInt(Instrument::version)).orElseThrow();
            List<CoupleResults.Point> points = all.stream().map(r -> point(r, zone, latestDefinition)).toList();
            Map<Integer, List<CoupleResults.Point>> byPartner = new LinkedHashMap<>();
            points.stream().filter(p -> !p.isEnteredInError()).sorted(Comparator.comparingInt(CoupleResults.Point::position))
                    .forEach(p -> byPartner.computeIfAbsent(p.position(), k -> new ArrayList<>()).add(p));
            List<CoupleResults.PartnerTrend> trends = new ArrayList<>();
            byPartner.forEach((position, mine) -> {
                CoupleResults.Point baseline = mine.get(0);
                CoupleResults.Point latest = mine.get(mine.size() - 1);
                ReliableChange.Change change = mine.size() < 2 ? null
                        : ReliableChange.between(latestDefinition, baseline.total(), latest.total());
                trends.add(new CoupleResults.PartnerTrend(position, latest.partnerName(), baseline, latest,
                        change == null ? null : change.rci(), change == null ? null : change.category()));
            });
            BigDecimal discrepancy = null;
            boolean discrepant = false;
            if (trends.size() == 2) {
                BigDecimal one = trends.get(0).latest().total();
                BigDecimal other = trends.get(1).latest().total();
                discrepancy = one.subtract(other).abs();
                discrepant = ReliableChange.discrepant(latestDefinition, one, other);
            }
            results.add(new CoupleResults.InstrumentResults(e.getKey(), latestDefinition, points, trends, discrepancy,
                    discrepant, Scoring.lowest(latestDefinition, latestDefinition.total()),
                    Scoring.highest(latestDefinition, latestDefinition.total())));
        }
        return results;
    }

    private static CoupleResults.Point point(Response r, java.time.ZoneId zone, Instrument figures) {
        Scoring.Score score = r.score();
        java.time.LocalDateTime at = r.submittedAt().atZone(zone).toLocalDateTime();
        return new CoupleResults.Point(r.id(), r.version(), at.toLocalDate(), r.position(),
                r.partnerName(), r.instrument().version(), score.total(),
                score.band() == null ? null : score.band().label(), score.band() == null ? null : score.band().severity(),
                score.subscales(), r.status(), r.errorReason(), CutoffSide.of(figures, score.total()).orElse(null),
                at.toLocalTime());
    }

    /**
     * Per instrument code, the newest version among the couple's answered responses: the
     * definition whose figures for change (cutoff, direction) every page uses. One statement.
     */
    Map<String, Instrument> figuresFor(long coupleId) {
        Map<String, Instrument> newest = new HashMap<>();
        List<Long> answered = em.createQuery("""
                        select distinct a.instrument.id from AssessmentAdministration a
                        where a.couple.id = :couple and a.status in :answered""", Long.class)
                .setParameter("couple", coupleId)
                .setParameter("answered", ANSWERED)
                .getResultList();
        catalog.byIds(answered).values()
                .forEach(i -> newest.merge(i.code(), i, (one, other) -> one.version() >= other.version() ? one : other));
        return newest;
    }

    /** Whether the latest valid response of any partner is a reliable deterioration from their baseline. */
    static boolean deteriorated(List<Response> responses) {
        Map<String, List<Response>> series = new LinkedHashMap<>();
        responses.stream().filter(Response::valid)
                .forEach(r -> series.computeIfAbsent(r.instrument().code() + "/" + r.partnerId(), k -> new ArrayList<>()).add(r));
        for (List<Response> mine : series.values()) {
            if (mine.size() < 2) {
                continue;
            }
            Response latest = mine.get(mine.size() - 1);
            Instrument definition = mine.stream().map(Response::instrument)
                    .max(Comparator.comparingInt(Instrument::version)).orElseThrow();
            if (ReliableChange.between(definition, mine.get(0).score().total(), latest.score().total()).category()
                    == ReliableChange.Category.RELIABLE_DETERIORATION) {
                return true;
            }
        }
        return false;
    }

    static Map<String, Object> parameters(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int n = 0; n < pairs.length; n += 2) {
            map.put((String) pairs[n], Objects.requireNonNull(pairs[n + 1]));
        }
        return map;
    }
}
