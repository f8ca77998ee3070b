package org.reconnect.assessment.boundary;

import org.reconnect.assessment.entity.PlanStatus;
import org.reconnect.assessment.entity.Recurrence;

import java.io.Serializable;
import java.time.LocalDate;

/** A plan on the couple's page, with how far it has got. Counts only: no answers. */
public record PlanRow(long id, long version, String title, int instrumentVersion, String forName, Recurrence recurrence,
                      Integer everyWeeks, int times, LocalDate firstDue, LocalDate nextDue, int submitted, int overdue,
                      int open, boolean shareResults, PlanStatus status) implements Serializable {

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public int getInstrumentVersion() {
        return instrumentVersion;
    }

    public String getForName() {
        return forName;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public Integer getEveryWeeks() {
        return everyWeeks;
    }

    public int getTimes() {
        return times;
    }

    public LocalDate getFirstDue() {
        return firstDue;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }

    public int getSubmitted() {
        return submitted;
    }

    public int getOverdue() {
        return overdue;
    }

    public int getOpen() {
        return open;
    }

    public boolean isShareResults() {
        return shareResults;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }
}
