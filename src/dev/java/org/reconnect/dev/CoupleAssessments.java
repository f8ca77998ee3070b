package org.reconnect.dev;

import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.control.Scoring;
import org.reconnect.assessment.entity.AssessmentPlan;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.couple.entity.CaseStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A couple's questionnaires: the Connection Check every four weeks and the Step Pulse every
 * two, for both partners, planned when active work begins. Administrations are laid out as the
 * product lays out a plan (opens three days before it is due, closes the day before the next one
 * opens); most due ones are answered, with answers that follow the couple's course and are checked
 * by the product's {@link Scoring}; a stopped plan's unanswered ones are cancelled.
 */
final class CoupleAssessments {

    private final CoupleStory couple;

    CoupleAssessments(CoupleStory couple) {
        this.couple = couple;
    }

    void write() {
        plan("connection-check", 4, 26, true);
        plan("step-pulse", 2, 52, false);
    }

    private void plan(String code, int everyWeeks, int maxTimes, boolean share) {
        ClinicHistory.BundledInstrument instrument = couple.clinic.instrument(code);
        LocalDate firstDue = couple.plan.activeFrom().plusDays(3);
        boolean stopped = couple.plan.status() == CaseStatus.DISCHARGED;
        LocalDate covers = stopped ? couple.plan.end() : couple.clinic.today.plusWeeks(4);
        int times = (int) Math.max(2, Math.min(maxTimes, ChronoUnit.WEEKS.between(firstDue, covers) / everyWeeks + 1));
        long planId = couple.clinic.nextId("assessment_plan");
        String therapist = couple.therapist.person().email();
        LocalDateTime created = ClinicHistory.at(couple.plan.activeFrom(), 10, 30);
        couple.clinic.rows.add("assessment_plan", planId, couple.id, null, instrument.id(), "WEEKS", everyWeeks, times,
                firstDue, share, stopped ? "STOPPED" : "ACTIVE", created, therapist, created, therapist);
        couple.event(created, therapist, AuditAction.ASSESSMENT_ASSIGNED, "ASSESSMENT_PLAN", planId,
                code + " v" + instrument.definition().version() + ", " + times + " time(s)");
        // answered by yesterday evening at the latest, and never after the work ended
        LocalDate answeredUntil = couple.plan.end() != null ? couple.plan.end() : couple.clinic.today;
        for (int n = 0; n < times; n++) {
            LocalDate due = firstDue.plusWeeks((long) n * everyWeeks);
            LocalDate opens = due.minusDays(AssessmentPlan.OPENS_DAYS_BEFORE);
            LocalDate closes = n + 1 < times
                    ? firstDue.plusWeeks((long) (n + 1) * everyWeeks).minusDays(AssessmentPlan.OPENS_DAYS_BEFORE + 1L) : null;
            for (int p = 1; p <= 2; p++) {
                boolean answers = due.isBefore(answeredUntil) && couple.random.nextDouble() < 0.85;
                administration(planId, instrument, p, due, opens, closes, answers ? "SUBMITTED" : stopped ? "CANCELLED" : "DUE",
                        created);
            }
        }
    }

    private void administration(long planId, ClinicHistory.BundledInstrument instrument, int position, LocalDate due,
                                LocalDate opens, LocalDate closes, String status, LocalDateTime created) {
        long administrationId = couple.clinic.nextId("assessment_administration");
        ClinicHistory.Person partner = couple.partners[position - 1];
        String therapist = couple.therapist.person().email();
        LocalDateTime submitted = null;
        if ("SUBMITTED".equals(status)) {
            submitted = due.atTime(18 + couple.random.nextInt(5), couple.random.nextInt(60));
            Map<String, Integer> answers = answers(instrument.definition(), couple.level(due));
            // the answers first: the database refuses answers to a submitted response
            answers.forEach((item, value) -> couple.clinic.rows.add("assessment_answer", administrationId, item, value));
            couple.event(submitted, partner.email(), AuditAction.ASSESSMENT_SUBMITTED, "ASSESSMENT_RESPONSE", administrationId,
                    answers.size() + " of " + instrument.definition().items().size() + " answered");
        }
        LocalDateTime changed = submitted != null ? submitted : created;
        couple.clinic.rows.add("assessment_administration", administrationId, planId, couple.id,
                2 * (couple.id - 1) + position, instrument.id(), due, opens, closes, status, submitted,
                submitted != null ? 1L : 0L, created, therapist, changed, submitted != null ? partner.email() : therapist);
    }

    /**
     * Answers that put the partner at {@code level} (0 worst, 1 best) of every item's range, a
     * little scattered; reverse items answered the other way round. Scored by the product, so
     * that an answer outside an item's options fails here rather than on a page.
     */
    private Map<String, Integer> answers(Instrument instrument, double level) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Instrument.Item item : instrument.items()) {
            double wanted = item.min() + level * (item.max() - item.min()) + couple.random.nextGaussian() * 0.7;
            int scored = (int) Math.max(item.min(), Math.min(item.max(), Math.round(wanted)));
            // mirroring is its own inverse: the answer whose scored value is the one wanted
            answers.put(item.id(), Scoring.scoredValue(item, scored));
        }
        Scoring.score(instrument, answers);
        return answers;
    }
}
