package org.reconnect.assessment.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.reconnect.assessment.entity.AssessmentPlan;
import org.reconnect.assessment.entity.Recurrence;
import org.reconnect.shared.boundary.KeyedForm;
import org.reconnect.shared.boundary.Submissions;

import java.time.LocalDate;

/** What the therapist fills in to assign an instrument. */
public class PlanForm extends KeyedForm {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{assessment.instrument.required}")
    private Long instrumentId;

    /** {@code null}: both partners, each answering separately. */
    private Long partnerId;

    @NotNull(message = "{assessment.recurrence.required}")
    private Recurrence recurrence = Recurrence.ONCE;

    @Min(value = 1, message = "{assessment.everyWeeks.range}")
    @Max(value = AssessmentPlan.MAX_EVERY_WEEKS, message = "{assessment.everyWeeks.range}")
    private Integer everyWeeks = 2;

    @Min(value = 2, message = "{assessment.times.range}")
    @Max(value = AssessmentPlan.MAX_TIMES, message = "{assessment.times.range}")
    private Integer times = 6;

    @NotNull(message = "{assessment.firstDue.required}")
    private LocalDate firstDue;

    private boolean shareResults;

    public Long getInstrumentId() {
        return instrumentId;
    }

    public void setInstrumentId(Long instrumentId) {
        this.instrumentId = instrumentId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    public Integer getEveryWeeks() {
        return everyWeeks;
    }

    public void setEveryWeeks(Integer everyWeeks) {
        this.everyWeeks = everyWeeks;
    }

    public Integer getTimes() {
        return times;
    }

    public void setTimes(Integer times) {
        this.times = times;
    }

    public LocalDate getFirstDue() {
        return firstDue;
    }

    public void setFirstDue(LocalDate firstDue) {
        this.firstDue = firstDue;
    }

    public boolean isShareResults() {
        return shareResults;
    }

    public void setShareResults(boolean shareResults) {
        this.shareResults = shareResults;
    }

    /** What the form says, for its submission key: sent again, it must say the same. */
    public String content() {
        return Submissions.content(instrumentId, partnerId, recurrence, everyWeeks, times, firstDue, shareResults);
    }
}
