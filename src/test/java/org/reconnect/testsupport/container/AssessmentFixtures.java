package org.reconnect.testsupport.container;

import org.reconnect.assessment.boundary.AssessmentPlans;
import org.reconnect.assessment.boundary.AssessmentTaking;
import org.reconnect.assessment.boundary.PlanForm;
import org.reconnect.assessment.entity.Recurrence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Questionnaires assigned and answered through the real boundaries. */
public final class AssessmentFixtures {

    private AssessmentFixtures() {
    }

    /** The id of the latest stored version of an instrument. */
    public static long instrumentId(String code) throws Exception {
        return Deployed.number("SELECT id FROM instrument WHERE code = ? ORDER BY version DESC LIMIT 1", code);
    }

    /** Assigns an instrument once, due today, to one partner or ({@code null}) both. */
    public static long assignOnce(String therapist, long couple, String code, Long forPartner, boolean share) throws Exception {
        return assign(therapist, couple, code, forPartner, Recurrence.ONCE, null, null, LocalDate.now(), share);
    }

    public static long assign(String therapist, long couple, String code, Long forPartner, Recurrence recurrence,
                              Integer everyWeeks, Integer times, LocalDate firstDue, boolean share) throws Exception {
        long instrument = instrumentId(code);
        AssessmentPlans plans = Deployed.boundary(AssessmentPlans.class);
        return RunAs.user(therapist, () -> {
            PlanForm form = plans.draft(couple);
            form.setInstrumentId(instrument);
            form.setPartnerId(forPartner);
            form.setRecurrence(recurrence);
            form.setEveryWeeks(everyWeeks);
            form.setTimes(times);
            form.setFirstDue(firstDue);
            form.setShareResults(share);
            return plans.assign(couple, form);
        });
    }

    /** The partner's administration of a plan (the first due, when there are several). */
    public static long administration(long plan, long partner) throws Exception {
        return Deployed.number("SELECT id FROM assessment_administration WHERE plan_id = ? AND partner_id = ? ORDER BY due_on LIMIT 1",
                plan, partner);
    }

    /** Every Connection Check item answered so that each counts {@code scored} (reverse items mirrored). */
    public static Map<String, Integer> connectionCheck(int scored) {
        Map<String, Integer> answers = new HashMap<>();
        for (int n = 1; n <= 12; n++) {
            boolean reverse = n == 2 || n == 4 || n == 6 || n == 9 || n == 11;
            answers.put("q" + n, reverse ? 4 - scored : scored);
        }
        return answers;
    }

    /** Answers and submits as the partner, from a fresh page. */
    public static void submit(String partner, long administration, Map<String, Integer> answers) throws Exception {
        AssessmentTaking taking = Deployed.boundary(AssessmentTaking.class);
        RunAs.user(partner, () -> {
            var form = taking.open(administration);
            return taking.save(administration, form.getVersion(), form.getInstrumentVersion(), answers, true,
                    form.getSubmissionKey());
        });
    }
}
