package org.reconnect.program.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Where a couple is in the program: the current step, the timeline, and (for the therapist)
 * whether the step's criteria are met, with the counts that show why.
 *
 * @param currentStep   {@code null} before the program starts
 * @param readyToMoveOn the system suggests moving on: the current step's criteria are all met (never for step 9)
 */
public record ProgramDetails(Integer currentStep, List<StepRow> timeline, boolean readyToMoveOn, List<CheckRow> checks,
                             String partner1Name, String partner2Name) implements Serializable {

    public ProgramDetails {
        timeline = List.copyOf(timeline);
        checks = List.copyOf(checks);
    }

    /** The next step to suggest, when ready. */
    public Integer getSuggestedStep() {
        return readyToMoveOn && currentStep != null && currentStep < 9 ? currentStep + 1 : null;
    }
}
