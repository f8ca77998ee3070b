package org.reconnect.program.boundary;

import org.reconnect.program.entity.CoupleStep;

import java.io.Serializable;
import java.time.LocalDate;

/** One step on a couple's timeline. The comment is the therapist's, for therapists only. */
public final class StepRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final LocalDate startedOn;
    private final LocalDate completedOn;
    private final String comment;
    private final String movedBy;

    StepRow(CoupleStep step, boolean clinical) {
        this.number = step.getStepNumber();
        this.startedOn = step.getStartedOn();
        this.completedOn = step.getCompletedOn();
        this.comment = clinical ? step.getComment() : null;
        this.movedBy = step.getMovedBy();
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public boolean isCurrent() {
        return completedOn == null;
    }

    public String getComment() {
        return comment;
    }

    public String getMovedBy() {
        return movedBy;
    }
}
