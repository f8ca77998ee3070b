package org.reconnect.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.assessment.boundary.AssessmentPlans;
import org.reconnect.assessment.boundary.AssessmentResults;
import org.reconnect.assessment.boundary.CoupleResults;
import org.reconnect.assessment.boundary.InstrumentRow;
import org.reconnect.assessment.boundary.Instruments;
import org.reconnect.assessment.boundary.PlanForm;
import org.reconnect.assessment.boundary.PlanRow;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.entity.Recurrence;
import org.reconnect.shared.web.CasePage;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The assessments card on /therapist/couple: assigning a questionnaire, the plans with their
 * progress and sharing, and the results: per instrument a chart of both partners with the bands
 * and the cutoff, the change since baseline, the discrepancy, and every response.
 */
@Named
@ViewScoped
public class CoupleAssessmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentPlans plans;

    @Inject
    AssessmentResults results;

    @Inject
    Instruments instruments;

    @Inject
    CasePage casePage;

    private List<PlanRow> rows;
    private CoupleResults scores;
    private List<InstrumentRow> choices;
    private PlanForm form;

    public List<PlanRow> getPlans() {
        if (rows == null && casePage.getCoupleId() != null) {
            rows = casePage.read(plans::list, List.of());
        }
        return rows == null ? List.of() : rows;
    }

    public CoupleResults getResults() {
        if (scores == null && casePage.getCoupleId() != null) {
            scores = casePage.read(results::forCouple, new CoupleResults(List.of()));
        }
        return scores == null ? new CoupleResults(List.of()) : scores;
    }

    public List<InstrumentRow> getInstruments() {
        if (choices == null) {
            choices = instruments.latest();
        }
        return choices;
    }

    public PlanForm getForm() {
        if (form == null && casePage.getCoupleId() != null) {
            form = casePage.read(plans::draft, new PlanForm());
        }
        return form;
    }

    public List<Recurrence> getRecurrences() {
        return List.of(Recurrence.values());
    }

    public void assign() {
        plans.assign(casePage.getCoupleId(), form);
        String title = getInstruments().stream().filter(i -> i.id() == form.getInstrumentId()).map(InstrumentRow::title)
                .findFirst().orElse("");
        Messages.info("assessments.assigned", title);
        form = null;
        rows = null;
    }

    public void share(PlanRow row, boolean on) {
        try {
            plans.share(row.id(), row.version(), on);
        } finally {
            // the plans as they are now, whether changed or refused (another change came first, say)
            rows = null;
        }
        Messages.info(on ? "assessments.sharedNow" : "assessments.unsharedNow");
    }

    public void stop(PlanRow row) {
        try {
            plans.stop(row.id(), row.version());
        } finally {
            rows = null;
        }
        Messages.info("assessments.stopped");
    }

    /** Chart.js configuration for p:chart: the bands, the cutoff, and each partner's totals over time. */
    public String chart(CoupleResults.InstrumentResults instrument) {
        return AssessmentCharts.trend(instrument, Messages.text("assessments.cutoff"));
    }

    /** The chart in words, for screen readers. */
    public String chartSummary(CoupleResults.InstrumentResults instrument) {
        return AssessmentCharts.summary(instrument);
    }

    public String subscales(CoupleResults.Point point, CoupleResults.InstrumentResults instrument) {
        StringBuilder text = new StringBuilder();
        for (Instrument.Subscale s : instrument.definition().subscales()) {
            if (point.subscales().containsKey(s.id())) {
                if (!text.isEmpty()) {
                    text.append("; ");
                }
                text.append(s.title()).append(' ').append(point.subscales().get(s.id()).toPlainString());
            }
        }
        return text.toString();
    }
}
