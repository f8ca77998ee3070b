package org.reconnect.program.entity;

import org.reconnect.homework.entity.HomeworkType;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One of the nine steps, as reference data: its number and code, the homework it usually uses,
 * and what the system checks before it suggests moving on. The words (title, explanation,
 * guidance) are in the message bundle under {@code step.<number>.*}.
 */
@Entity
@Immutable
@Table(name = "program_step")
public class ProgramStep {

    public static final int FIRST = 1;
    public static final int LAST = 9;

    @Id
    private int number;

    @Column(nullable = false, length = 40)
    private String code;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_step_homework", joinColumns = @JoinColumn(name = "step_number"))
    @Column(name = "homework_type", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<HomeworkType> homeworkTypes = EnumSet.noneOf(HomeworkType.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_step_criterion", joinColumns = @JoinColumn(name = "step_number"))
    private List<StepCriterion> criteria = List.of();

    protected ProgramStep() {
    }

    public int getNumber() {
        return number;
    }

    public String getCode() {
        return code;
    }

    public Set<HomeworkType> getHomeworkTypes() {
        return Collections.unmodifiableSet(homeworkTypes);
    }

    public List<StepCriterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }
}
