package org.reconnect.assessment.boundary;

import org.reconnect.assessment.entity.PlanStatus;
import org.reconnect.assessment.entity.Recurrence;

import java.io.Serializable;
import java.time.LocalDate;

/** A plan on the couple's page, with how far it has got. Counts only: no answers. */
public record PlanRow(long id, long version, String title, int instrumentVersion, String forName, Recurrence recurrence,
                      Integer everyWeeks, int times, LocalDate firstDue, LocalDate nextDue, int submitted, int overdue,
                      int open, boolean shareResults, PlanStatus status) implements Serializable {

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }
}
