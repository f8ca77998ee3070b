package org.reconnect.homework.boundary;

import org.reconnect.homework.entity.AssignmentStatus;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An assignment as a list shows it, with this week's figures for the person looking: the
 * partner (their own) or the therapist (both partners together).
 */
public final class HomeworkRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final HomeworkType type;
    private final String title;
    private final String instructions;
    private final String forName;
    private final Cadence cadence;
    private final int target;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final Visibility visibility;
    private final AssignmentStatus status;
    private final int expectedThisWeek;
    private final int doneThisWeek;
    private final int streak;
    private final Integer adherenceFourWeeks;

    HomeworkRow(HomeworkAssignment a, String forName, int expectedThisWeek, int doneThisWeek, int streak,
                Integer adherenceFourWeeks) {
        this.id = a.getId();
        this.version = a.getVersion();
        this.type = a.getType();
        this.title = a.getTitle();
        this.instructions = a.getInstructions();
        this.forName = forName;
        this.cadence = a.getCadence();
        this.target = a.getTarget();
        this.startsOn = a.getStartsOn();
        this.endsOn = a.getEndsOn();
        this.visibility = a.getVisibility();
        this.status = a.getStatus();
        this.expectedThisWeek = expectedThisWeek;
        this.doneThisWeek = doneThisWeek;
        this.streak = streak;
        this.adherenceFourWeeks = adherenceFourWeeks;
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public HomeworkType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    /** {@code null}: both partners. */
    public String getForName() {
        return forName;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public int getTarget() {
        return target;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public int getExpectedThisWeek() {
        return expectedThisWeek;
    }

    public int getDoneThisWeek() {
        return doneThisWeek;
    }

    /** Met for this week (or nothing is due). */
    public boolean isDoneForTheWeek() {
        return expectedThisWeek > 0 && doneThisWeek >= expectedThisWeek;
    }

    public int getStreak() {
        return streak;
    }

    public Integer getAdherenceFourWeeks() {
        return adherenceFourWeeks;
    }
}
