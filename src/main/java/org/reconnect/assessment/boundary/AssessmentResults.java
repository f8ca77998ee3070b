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
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.boundary.CaseGuard;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.Couple;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.control.PlainText;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The therapist's reading of scores and answers, and marking a response entered in error. The
 * couple's current therapist only; anyone else, admins included, is answered as if the record
 * did not exist. Every read is audited: scores as {@code VIEW_SCORES}, a response item by item
 * as {@code VIEW_ANSWERS}.
 */
@Stateless
@RolesAllowed(Role.THERAPIST_NAME)
public class AssessmentResults {

    static final String RESPONSE = "ASSESSMENT_RESPONSE";
    static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    CaseGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    ScoredResponses scored;

    @Inject
    Clock clock;

    @Inject
    DeteriorationFlags deterioration;

    /**
     * Every answered response of the couple, scored, per instrument and partner, with baseline,
     * latest, reliable change and the partners' discrepancy. A fixed number of statements,
     * whatever the number of responses.
     */
    public CoupleResults forCouple(long coupleId) {
        Couple couple = guard.forReading(coupleId, callers.required(), AuditAction.VIEW_SCORES, CaseAccess.Level.CLINICAL);
        List<ScoredResponses.Response> responses = scored.answered("c = :couple", ScoredResponses.parameters("couple", couple));
        audit.record(AuditAction.VIEW_SCORES, AuditOutcome.SUCCESS, couple.getId(), "COUPLE", couple.getId(),
                responses.size() + " response(s)");
        return new CoupleResults(ScoredResponses.trends(responses, couple.timeZone()));
    }

    /** One response, item by item, with what each answer counts. Audited as {@code VIEW_ANSWERS}. */
    public AnswerSheet answers(long administrationId) {
        AssessmentAdministration a = visible(administrationId, AuditAction.VIEW_ANSWERS, false);
        if (!a.getStatus().isAnswered()) {
            throw new Refusal("assessment.notAnswered");
        }
        ScoredResponses.Response r = scored.answered("a.id = :id", ScoredResponses.parameters("id", a.getId())).get(0);
        Instrument instrument = r.instrument();
        List<AnswerSheet.Line> lines = new ArrayList<>();
        for (Instrument.Item item : instrument.items()) {
            int value = r.answers().get(item.id());
            String label = item.options().stream().filter(o -> o.value() == value).findFirst().orElseThrow().label();
            lines.add(new AnswerSheet.Line(item.id(), item.text(), label, value, Scoring.scoredValue(item, value), item.reverse()));
        }
        List<AnswerSheet.Subscore> subscores = instrument.subscales().stream()
                .map(s -> new AnswerSheet.Subscore(s.title(), r.score().subscales().get(s.id()))).toList();
        Instrument figures = scored.figuresFor(r.coupleId()).getOrDefault(instrument.code(), instrument);
        audit.record(AuditAction.VIEW_ANSWERS, AuditOutcome.SUCCESS, r.coupleId(), RESPONSE, a.getId(),
                instrument.code() + " v" + instrument.version());
        return new AnswerSheet(a.getId(), a.getVersion(), r.coupleId(), r.partnerName(), instrument.title(),
                instrument.version(), a.getDueOn(), a.getSubmittedAt(), a.getStatus(), a.getErrorReason(), a.getErrorBy(),
                a.getErrorAt(), lines, r.score().total(), r.score().band() == null ? null : r.score().band().label(),
                CutoffSide.of(figures, r.score().total()).orElse(null), subscores);
    }

    /**
     * Marks a submitted response entered in error, with a reason: it stays visible as such and
     * no longer counts (the baseline moves to the first valid response). Final. Audited as
     * {@code ASSESSMENT_ENTERED_IN_ERROR}.
     */
    public void markEnteredInError(long administrationId, long expectedVersion, String reason) {
        AssessmentAdministration a = visible(administrationId, AuditAction.ASSESSMENT_ENTERED_IN_ERROR, true);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(new InvalidInput.Problem("reason", Texts.get("assessment.reason.required")));
        } else if (reason.strip().length() > MAX_REASON) {
            problems.add(new InvalidInput.Problem("reason", Texts.get("assessment.reason.tooLong", MAX_REASON)));
        } else if (PlainText.hasMarkup(reason)) {
            problems.add(new InvalidInput.Problem("reason", Texts.get("text.markup")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (a.getVersion() != expectedVersion) {
            throw new Refusal("edit.conflict");
        }
        if (a.getStatus() != AdministrationStatus.SUBMITTED) {
            throw new Refusal("assessment.notSubmitted");
        }
        a.markEnteredInError(reason.strip(), Instant.now(clock), callers.required().email());
        deterioration.recompute(a.getCouple().getId());
        audit.record(AuditAction.ASSESSMENT_ENTERED_IN_ERROR, AuditOutcome.SUCCESS, a.getCouple().getId(), RESPONSE,
                a.getId(), "entered in error");
    }

    private AssessmentAdministration visible(long administrationId, AuditAction action, boolean forChange) {
        Caller caller = callers.required();
        AssessmentAdministration a = forChange
                ? em.find(AssessmentAdministration.class, administrationId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(AssessmentAdministration.class, administrationId);
        if (a == null || CaseAccess.levelFor(caller, a.getCouple().accessFacts()) != CaseAccess.Level.CLINICAL) {
            audit.recordDenial(action, RESPONSE, administrationId, "not visible or missing");
            throw new Refusal("assessment.notFound");
        }
        return a;
    }
}
