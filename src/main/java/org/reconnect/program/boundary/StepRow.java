package org.reconnect.program.boundary;

import org.reconnect.program.entity.CoupleStep;

import java.io.Serializable;
import java.time.LocalDate;

/** One step on a couple's timeline. The comment is the therapist's, for therapists only. */
public record StepRow(int number, LocalDate startedOn, LocalDate completedOn, String comment, String movedBy) implements Serializable {

    static StepRow of(CoupleStep step, boolean clinical) {
        return new StepRow(step.getStepNumber(), step.getStartedOn(), step.getCompletedOn(), clinical ? step.getComment() : null,
                step.getMovedBy());
    }

    public boolean isCurrent() {
        return completedOn == null;
    }
}
