package org.reconnect.program.boundary;

import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.program.control.StepReadiness;

import java.io.Serializable;

/** One criterion of the current step, as the therapist reads it: what is asked, what was done. */
public record CheckRow(HomeworkType type, int minCount, int withinDays, boolean perPartner, int partner1, int partner2, boolean met)
        implements Serializable {

    static CheckRow of(StepReadiness.Check check) {
        return new CheckRow(check.criterion().type(), check.criterion().minCount(), check.criterion().withinDays(),
                check.criterion().perPartner(), check.partner1(), check.partner2(), check.met());
    }

    /** What both partners did together. */
    public int getCouple() {
        return partner1 + partner2;
    }
}
