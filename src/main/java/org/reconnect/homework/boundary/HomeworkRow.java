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
 *
 * @param forName {@code null}: both partners
 */
public record HomeworkRow(long id, long version, HomeworkType type, String title, String instructions, String forName,
                          Cadence cadence, int target, LocalDate startsOn, LocalDate endsOn, Visibility visibility,
                          AssignmentStatus status, int expectedThisWeek, int doneThisWeek, int streak, Integer adherenceFourWeeks)
        implements Serializable {

    static HomeworkRow of(HomeworkAssignment a, String forName, int expectedThisWeek, int doneThisWeek, int streak,
                          Integer adherenceFourWeeks) {
        return new HomeworkRow(a.getId(), a.getVersion(), a.getType(), a.getTitle(), a.getInstructions(), forName, a.getCadence(),
                a.getTarget(), a.getStartsOn(), a.getEndsOn(), a.getVisibility(), a.getStatus(), expectedThisWeek, doneThisWeek,
                streak, adherenceFourWeeks);
    }

    /** Met for this week (something was due, and it is done). */
    public boolean isDoneForTheWeek() {
        return expectedThisWeek > 0 && doneThisWeek >= expectedThisWeek;
    }
}
