package org.reconnect.program.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Where a couple is in the program: the current step, the timeline, and (for the therapist)
 * whether the step's criteria are met, with the counts that show why.
 */
public final class ProgramDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Integer currentStep;
    private final List<StepRow> timeline;
    private final boolean readyToMoveOn;
    private final List<CheckRow> checks;
    private final String partner1Name;
    private final String partner2Name;

    ProgramDetails(Integer currentStep, List<StepRow> timeline, boolean readyToMoveOn, List<CheckRow> checks,
                String partner1Name, String partner2Name) {
        this.currentStep = currentStep;
        this.timeline = List.copyOf(timeline);
        this.readyToMoveOn = readyToMoveOn;
        this.checks = List.copyOf(checks);
        this.partner1Name = partner1Name;
        this.partner2Name = partner2Name;
    }

    /** {@code null} before the program starts. */
    public Integer getCurrentStep() {
        return currentStep;
    }

    public List<StepRow> getTimeline() {
        return timeline;
    }

    /** The system suggests moving on: the current step's criteria are all met (never for step 9). */
    public boolean isReadyToMoveOn() {
        return readyToMoveOn;
    }

    /** The next step to suggest, when ready. */
    public Integer getSuggestedStep() {
        return readyToMoveOn && currentStep != null && currentStep < 9 ? currentStep + 1 : null;
    }

    public List<CheckRow> getChecks() {
        return checks;
    }

    public String getPartner1Name() {
        return partner1Name;
    }

    public String getPartner2Name() {
        return partner2Name;
    }
}
