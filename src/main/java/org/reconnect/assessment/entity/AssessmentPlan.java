package org.reconnect.assessment.entity;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A therapist's plan to measure: an instrument (the version current when it was made), for one
 * partner or both, once or every N weeks a number of times, from a first due date; and whether
 * the partners may see their own results.
 */
@Entity
@Table(name = "assessment_plan")
public class AssessmentPlan extends TrackedEntity {

    public static final int MAX_TIMES = 52;
    public static final int MAX_EVERY_WEEKS = 12;
    /** An administration opens this many days before it is due. */
    public static final int OPENS_DAYS_BEFORE = 3;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "couple_id", nullable = false, updatable = false)
    private Couple couple;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", updatable = false)
    private Partner partner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "instrument_id", nullable = false, updatable = false)
    private InstrumentVersion instrument;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10, updatable = false)
    private Recurrence recurrence;

    @Column(name = "every_weeks", updatable = false)
    private Integer everyWeeks;

    @Column(nullable = false, updatable = false)
    private int times;

    @Column(name = "first_due", nullable = false, updatable = false)
    private LocalDate firstDue;

    @Column(name = "share_results", nullable = false)
    private boolean shareResults;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private PlanStatus status = PlanStatus.ACTIVE;

    protected AssessmentPlan() {
    }

    public AssessmentPlan(Couple couple, Partner forPartner, InstrumentVersion instrument, Recurrence recurrence,
                          Integer everyWeeks, int times, LocalDate firstDue, boolean shareResults) {
        this.couple = Objects.requireNonNull(couple);
        if (forPartner != null && !Objects.equals(forPartner.getCouple().getId(), couple.getId())) {
            throw new IllegalArgumentException("assessment.partnerNotOfCouple");
        }
        this.partner = forPartner;
        this.instrument = Objects.requireNonNull(instrument);
        this.recurrence = Objects.requireNonNull(recurrence);
        if (recurrence == Recurrence.ONCE) {
            this.everyWeeks = null;
            this.times = 1;
        } else {
            if (everyWeeks == null || everyWeeks < 1 || everyWeeks > MAX_EVERY_WEEKS || times < 2 || times > MAX_TIMES) {
                throw new IllegalArgumentException("assessment.recurrenceRange");
            }
            this.everyWeeks = everyWeeks;
            this.times = times;
        }
        this.firstDue = Objects.requireNonNull(firstDue);
        this.shareResults = shareResults;
    }

    /** The due dates, in order. */
    public List<LocalDate> dueDates() {
        List<LocalDate> dates = new ArrayList<>(times);
        for (int n = 0; n < times; n++) {
            dates.add(recurrence == Recurrence.ONCE ? firstDue : firstDue.plusWeeks((long) n * everyWeeks));
        }
        return dates;
    }

    /**
     * The administrations for every due date and every partner the plan is for: each opens a few
     * days before it is due and, in a recurring plan, closes the day before the next one opens.
     */
    public List<AssessmentAdministration> administrations() {
        List<LocalDate> dates = dueDates();
        List<AssessmentAdministration> all = new ArrayList<>();
        for (int n = 0; n < dates.size(); n++) {
            LocalDate due = dates.get(n);
            LocalDate opens = due.minusDays(OPENS_DAYS_BEFORE);
            // the day before the next one opens: never two open at once
            LocalDate closes = n + 1 < dates.size() ? dates.get(n + 1).minusDays(OPENS_DAYS_BEFORE + 1L) : null;
            for (Partner p : couple.getPartners()) {
                if (partner == null || Objects.equals(partner.getId(), p.getId())) {
                    all.add(new AssessmentAdministration(this, p, due, opens, closes));
                }
            }
        }
        return all;
    }

    public void stop() {
        status = PlanStatus.STOPPED;
    }

    public void share(boolean on) {
        shareResults = on;
    }

    public Couple getCouple() {
        return couple;
    }

    public Partner getPartner() {
        return partner;
    }

    public InstrumentVersion getInstrument() {
        return instrument;
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

    public boolean isShareResults() {
        return shareResults;
    }

    public PlanStatus getStatus() {
        return status;
    }
}
