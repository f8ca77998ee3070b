package org.reconnect.assessment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.reconnect.assessment.control.CutoffSide;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.control.Scoring;
import org.reconnect.assessment.entity.AdministrationStatus;
import org.reconnect.assessment.entity.AssessmentAdministration;
import org.reconnect.assessment.entity.InstrumentVersion;
import org.reconnect.assessment.entity.PlanStatus;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.boundary.CallingPartner;
import org.reconnect.couple.entity.Partner;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Submissions;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The partner's side of assessments, in the portal: what to answer now, answering (saved as it
 * goes and resumed later, submitted once every item is answered), and their own results where
 * the therapist shares them. A response belongs to one partner: for anyone else, the other
 * partner included, its id behaves like one that does not exist. The server checks every answer
 * against the instrument version the response was assigned with; nothing invalid is stored.
 */
@Stateless
@RolesAllowed(Role.CLIENT_NAME)
public class AssessmentTaking {

    static final String RESPONSE = AssessmentResults.RESPONSE;

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    CallingPartner callingPartner;

    @Inject
    AuditTrail audit;

    @Inject
    Submissions submissions;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    ScoredResponses scored;

    @Inject
    Clock clock;

    @Inject
    DeteriorationFlags deterioration;

    /**
     * The questionnaires the caller may answer now, oldest due first, overdue ones marked. Not
     * audited: titles and dates only. One statement after finding the caller.
     */
    public List<PortalAssessments.ToAnswer> toAnswer() {
        return me().map(this::toAnswer).orElse(List.of());
    }

    /**
     * The caller's questionnaires open now, and their own results of the instruments the
     * therapist shares. Empty for a caller without a couple. A fixed number of statements.
     * Audited as {@code VIEW_SCORES} when there are results to show.
     */
    public PortalAssessments mine() {
        Optional<Partner> found = me();
        if (found.isEmpty()) {
            return new PortalAssessments(List.of(), List.of());
        }
        Partner me = found.get();
        List<ScoredResponses.Response> shared = scored.answered(
                "p = :me and a.status = :submitted and a.plan.shareResults = true",
                ScoredResponses.parameters("me", me, "submitted", AdministrationStatus.SUBMITTED));
        Map<String, List<PortalAssessments.OwnScore>> byTitle = new LinkedHashMap<>();
        Map<String, Boolean> validated = new HashMap<>();
        Map<String, Instrument> figures = shared.isEmpty() ? Map.of() : scored.figuresFor(me.getCouple().getId());
        for (ScoredResponses.Response r : shared) {
            Instrument instrument = r.instrument();
            Scoring.Score score = r.score();
            Instrument forFigures = figures.getOrDefault(instrument.code(), instrument);
            // oldest first: the newest version seen decides
            validated.put(instrument.title(), instrument.validated());
            byTitle.computeIfAbsent(instrument.title(), k -> new ArrayList<>()).add(new PortalAssessments.OwnScore(
                    r.submittedAt().atZone(me.getCouple().timeZone()).toLocalDate(), score.total(),
                    Scoring.lowest(instrument, instrument.total()), Scoring.highest(instrument, instrument.total()),
                    score.band() == null ? null : score.band().label(),
                    CutoffSide.of(forFigures, score.total()).orElse(null)));
        }
        List<PortalAssessments.OwnResults> results = new ArrayList<>();
        byTitle.forEach((title, scores) -> results.add(new PortalAssessments.OwnResults(title, validated.get(title), scores)));
        if (!shared.isEmpty()) {
            audit.record(AuditAction.VIEW_SCORES, AuditOutcome.SUCCESS, me.getCouple().getId(), "PARTNER", me.getId(),
                    "own shared results");
        }
        return new PortalAssessments(toAnswer(me), results);
    }

    private List<PortalAssessments.ToAnswer> toAnswer(Partner me) {
        if (me.getCouple().isReadOnly()) {
            return List.of();
        }
        LocalDate today = me.getCouple().today(clock);
        return em.createQuery("""
                        select a.id, i, a.dueOn, a.status from AssessmentAdministration a join a.instrument i
                        join a.plan pl
                        where a.partner = :me and a.status in :open and a.opensOn <= :today
                          and (a.closesOn is null or a.closesOn >= :today) and pl.status = :active
                        order by a.dueOn, a.id""", Object[].class)
                .setParameter("me", me)
                .setParameter("open", List.of(AdministrationStatus.DUE, AdministrationStatus.IN_PROGRESS))
                .setParameter("today", today)
                .setParameter("active", PlanStatus.ACTIVE)
                .getResultStream()
                .map(r -> {
                    Instrument instrument = catalog.of((InstrumentVersion) r[1]);
                    return new PortalAssessments.ToAnswer((Long) r[0], instrument.title(), (LocalDate) r[2],
                            r[3] == AdministrationStatus.IN_PROGRESS, today.isAfter((LocalDate) r[2]), instrument.validated());
                })
                .toList();
    }

    /** A questionnaire to answer, with the answers saved so far. Audited as {@code VIEW_ANSWERS}. */
    public AnswerForm open(long administrationId) {
        AssessmentAdministration a = mineToAnswer(administrationId, AuditAction.VIEW_ANSWERS, false);
        Instrument instrument = catalog.of(a.getInstrument());
        audit.record(AuditAction.VIEW_ANSWERS, AuditOutcome.SUCCESS, a.getCouple().getId(), RESPONSE, a.getId(), "own, to answer");
        return new AnswerForm(a.getId(), a.getVersion(), instrument, a.getDueOn(), a.getAnswers());
    }

    /**
     * Saves answers, and submits them when asked. Refused, with nothing stored: a response that
     * is not the caller's or no longer open, a page built for another instrument version or opened
     * before another save, an item the instrument does not have, a value that is not one of the
     * item's options, and on submitting, any item left unanswered (each named on its field).
     * The same save sent again ({@code submissionKey}: an answer that never arrived, a double tap)
     * gets the first one's version, and nothing is stored or audited again. Audited as
     * {@code ASSESSMENT_SAVED} or {@code ASSESSMENT_SUBMITTED}.
     *
     * @return the response's new version, for the next save
     */
    public long save(long administrationId, long expectedVersion, int instrumentVersion, Map<String, Integer> answers,
                     boolean submit, String submissionKey) {
        Optional<Long> account = me().map(p -> p.getAccount().getId());
        if (account.isPresent()) {
            Optional<Long> earlier = submissions.claim(account.get(), submissionKey, Submissions.Kind.ANSWERS,
                    Submissions.content(administrationId, expectedVersion, instrumentVersion, new TreeMap<>(answers), submit));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        AssessmentAdministration a = mineToAnswer(administrationId, submit ? AuditAction.ASSESSMENT_SUBMITTED
                : AuditAction.ASSESSMENT_SAVED, true);
        Instrument instrument = catalog.of(a.getInstrument());
        if (instrumentVersion != instrument.version()) {
            throw new Refusal("assessment.instrumentChanged");
        }
        if (a.getVersion() != expectedVersion) {
            throw new Refusal("assessment.savedElsewhere");
        }
        Map<String, Integer> given = new HashMap<>();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> e : answers.entrySet()) {
            Optional<Instrument.Item> item = instrument.item(e.getKey());
            if (item.isEmpty()) {
                problems.add(new InvalidInput.Problem(null, Texts.get("assessment.unknownItem", e.getKey())));
            } else if (e.getValue() != null) {
                if (!item.get().allows(e.getValue())) {
                    problems.add(new InvalidInput.Problem(item.get().id(), Texts.get("assessment.notAnOption")));
                } else {
                    given.put(e.getKey(), e.getValue());
                }
            }
        }
        if (submit) {
            int n = 0;
            for (Instrument.Item item : instrument.items()) {
                n++;
                if (!given.containsKey(item.id())) {
                    problems.add(new InvalidInput.Problem(item.id(), Texts.get("assessment.answerRequired", n)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        a.saveAnswers(given);
        em.flush();
        if (submit) {
            // the answers are written before the response closes: the database refuses them after
            a.submit(Instant.now(clock));
            em.flush();
            deterioration.recompute(a.getCouple().getId());
        }
        audit.record(submit ? AuditAction.ASSESSMENT_SUBMITTED : AuditAction.ASSESSMENT_SAVED, AuditOutcome.SUCCESS,
                a.getCouple().getId(), RESPONSE, a.getId(), given.size() + " of " + instrument.items().size() + " answered");
        submissions.made(account.orElseThrow(), submissionKey, a.getVersion());
        return a.getVersion();
    }

    private AssessmentAdministration mineToAnswer(long administrationId, AuditAction action, boolean forChange) {
        Partner me = me().orElse(null);
        AssessmentAdministration a = forChange
                ? em.find(AssessmentAdministration.class, administrationId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(AssessmentAdministration.class, administrationId);
        if (me == null || a == null || !a.getPartner().getId().equals(me.getId())) {
            audit.recordDenial(action, RESPONSE, administrationId, "not visible or missing");
            throw new Refusal("assessment.notFound");
        }
        if (me.getCouple().isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        if (a.getStatus().isAnswered()) {
            throw new Refusal("assessment.alreadySubmitted");
        }
        LocalDate today = me.getCouple().today(clock);
        if (!a.isAnswerableOn(today) || a.getPlan().getStatus() != PlanStatus.ACTIVE) {
            throw new Refusal("assessment.notOpen");
        }
        return a;
    }

    private Optional<Partner> me() {
        return callingPartner.find();
    }
}
