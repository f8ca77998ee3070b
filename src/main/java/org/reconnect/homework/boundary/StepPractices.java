package org.reconnect.homework.boundary;

import org.reconnect.homework.entity.HomeworkType;

import java.util.List;

/**
 * The kinds of homework a step of the program usually uses. Homework does not know the
 * program's steps: the program capability answers this question (a CDI bean implementing it),
 * so the arrow points from program to homework only.
 */
public interface StepPractices {

    /** The homework types of step {@code step}, in their natural order; empty for an unknown step. */
    List<HomeworkType> of(int step);
}
