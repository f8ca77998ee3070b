package org.reconnect.overview.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.reconnect.assessment.boundary.AssessmentFigures;
import org.reconnect.homework.boundary.HomeworkFigures;
import org.reconnect.notes.boundary.NotesFigures;
import org.reconnect.overview.control.Recount;
import org.reconnect.shared.entity.Role;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;

/**
 * What the clinic's therapists have done, for the admin dashboard: homework adherence over four
 * weeks, questionnaires asked, answered and overdue, notes signed and overdue, per therapist.
 * Counting it reads the clinic's whole history (seconds for 5,000 couples and two years), so it
 * is counted at most every {@link #MAX_AGE} for all admins, and the page says when it was counted;
 * while it is counted again, the other admins see the previous count instead of waiting. Admins
 * only; numbers, no couple's data.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed(Role.ADMIN_NAME)
public class ClinicActivity {

    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** The figures, per therapist id. */
    public record Activity(Map<Long, HomeworkFigures.Figures> homework, Map<Long, AssessmentFigures.Counts> assessments,
                           Map<Long, NotesFigures.Counts> notes) implements Serializable {
    }

    @Inject
    HomeworkFigures homework;

    @Inject
    AssessmentFigures assessments;

    @Inject
    NotesFigures notes;

    @Inject
    Clock clock;

    private Recount<Activity> recount;

    @PostConstruct
    void start() {
        recount = new Recount<>(MAX_AGE, clock);
    }

    /** The latest count and when it was made: now, when the last one is {@link #MAX_AGE} old. Admins only. */
    public Recount.Counted<Activity> byTherapist() {
        return recount.get(() -> new Activity(Collections.unmodifiableMap(homework.byTherapist()),
                Collections.unmodifiableMap(assessments.byTherapist()), Collections.unmodifiableMap(notes.byTherapist())));
    }
}
