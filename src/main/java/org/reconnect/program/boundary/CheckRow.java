package org.reconnect.program.boundary;

import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.program.control.StepReadiness;

import java.io.Serializable;

/** One criterion of the current step, as the therapist reads it: what is asked, what was done. */
public final class CheckRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HomeworkType type;
    private final int minCount;
    private final int withinDays;
    private final boolean perPartner;
    private final int partner1;
    private final int partner2;
    private final boolean met;

    CheckRow(StepReadiness.Check check) {
        this.type = check.criterion().type();
        this.minCount = check.criterion().minCount();
        this.withinDays = check.criterion().withinDays();
        this.perPartner = check.criterion().perPartner();
        this.partner1 = check.partner1();
        this.partner2 = check.partner2();
        this.met = check.met();
    }

    public HomeworkType getType() {
        return type;
    }

    public int getMinCount() {
        return minCount;
    }

    public int getWithinDays() {
        return withinDays;
    }

    public boolean isPerPartner() {
        return perPartner;
    }

    public int getPartner1() {
        return partner1;
    }

    public int getPartner2() {
        return partner2;
    }

    public int getCouple() {
        return partner1 + partner2;
    }

    public boolean isMet() {
        return met;
    }
}
