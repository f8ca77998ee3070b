package org.reconnect.homework.entity;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.shared.entity.TrackedEntity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Homework the therapist gave: what, for whom (one partner, or both: joint homework), how often
 * and how much, from when to when, and who may read the entries.
 */
@Entity
@Table(name = "homework_assignment")
public class HomeworkAssignment extends TrackedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "couple_id", nullable = false, updatable = false)
    private Couple couple;

    /** {@code null}: for both partners. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", updatable = false)
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 30)
    private HomeworkType type;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 2000)
    private String instructions;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Cadence cadence;

    @Column(nullable = false)
    private int target;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AssignmentStatus status = AssignmentStatus.ACTIVE;

    @Column(name = "step_number")
    private Integer stepNumber;

    /** The partner's own journal, opened by themselves: nobody's homework, always private. */
    @Column(nullable = false)
    private boolean personal;

    protected HomeworkAssignment() {
    }

    public HomeworkAssignment(Couple couple, Partner forPartner, HomeworkType type, String title, String instructions,
                              Cadence cadence, int target, LocalDate startsOn, LocalDate endsOn, Visibility visibility,
                              Integer stepNumber) {
        this.couple = Objects.requireNonNull(couple, "couple");
        if (forPartner != null && !Objects.equals(forPartner.getCouple().getId(), couple.getId())) {
            throw new IllegalArgumentException("homework.partnerNotOfCouple");
        }
        this.partner = forPartner;
        this.type = Objects.requireNonNull(type, "type");
        this.title = required(title, 120, "homework.titleRequired");
        this.instructions = required(instructions, 2000, "homework.instructionsRequired");
        this.cadence = Objects.requireNonNull(cadence, "cadence");
        if (target < 1 || target > 50) {
            throw new IllegalArgumentException("homework.targetRange");
        }
        this.target = target;
        this.startsOn = Objects.requireNonNull(startsOn, "startsOn");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("homework.endBeforeStart");
        }
        this.endsOn = endsOn;
        this.visibility = type.isAlwaysPrivate() ? Visibility.PRIVATE : Objects.requireNonNull(visibility, "visibility");
        this.stepNumber = stepNumber;
    }

    /**
     * A partner's own journal: a self-care journal for them alone, open from {@code today} for
     * good, private, and nobody's homework (no target anyone is measured against).
     */
    public static HomeworkAssignment personalJournal(Partner partner, String title, String instructions, LocalDate today) {
        HomeworkAssignment journal = new HomeworkAssignment(partner.getCouple(), partner, HomeworkType.SELF_CARE_JOURNAL, title,
                instructions, Cadence.DAILY, 1, today, null, Visibility.PRIVATE, null);
        journal.personal = true;
        return journal;
    }

    public boolean isPersonal() {
        return personal;
    }

    private static String required(String text, int max, String key) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new IllegalArgumentException(key);
        }
        return text.strip();
    }

    /** Joint homework: for both partners, or done together by its nature. */
    public boolean isJoint() {
        return partner == null || type.isDoneTogether();
    }

    public boolean isFor(Partner someone) {
        return partner == null || Objects.equals(partner.getId(), someone.getId());
    }

    public boolean isOpenOn(LocalDate day) {
        return status == AssignmentStatus.ACTIVE && !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Done: nothing more is expected after {@code today}. */
    public void complete(LocalDate today) {
        status = AssignmentStatus.COMPLETED;
        endBy(today);
    }

    /** Called off: nothing more is expected after {@code today}. */
    public void cancel(LocalDate today) {
        status = AssignmentStatus.CANCELLED;
        endBy(today);
    }

    private void endBy(LocalDate today) {
        if (endsOn == null || endsOn.isAfter(today)) {
            endsOn = today.isBefore(startsOn) ? startsOn : today;
        }
    }

    public Couple getCouple() {
        return couple;
    }

    public Partner getPartner() {
        return partner;
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

    public Integer getStepNumber() {
        return stepNumber;
    }
}
