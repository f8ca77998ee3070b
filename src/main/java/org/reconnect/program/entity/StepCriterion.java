package org.reconnect.program.entity;

import org.reconnect.homework.entity.HomeworkType;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One thing the system can check before suggesting the next step (see V3__program.sql). */
@Embeddable
public class StepCriterion {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "homework_type", nullable = false, length = 30)
    private HomeworkType homeworkType;

    @Column(name = "min_count", nullable = false)
    private int minCount;

    @Column(name = "within_days", nullable = false)
    private int withinDays;

    @Column(name = "per_partner", nullable = false)
    private boolean perPartner;

    protected StepCriterion() {
    }

    public StepCriterion(HomeworkType homeworkType, int minCount, int withinDays, boolean perPartner) {
        this.homeworkType = homeworkType;
        this.minCount = minCount;
        this.withinDays = withinDays;
        this.perPartner = perPartner;
    }

    public HomeworkType getHomeworkType() {
        return homeworkType;
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
}
