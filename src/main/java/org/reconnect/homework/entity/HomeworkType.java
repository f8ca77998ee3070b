package org.reconnect.homework.entity;

/** The eight kinds of homework between sessions, and what each is like. */
public enum HomeworkType {
    EMOTIONAL_DATE(true, false, true, Cadence.WEEKLY, 1, Visibility.REVEAL_WHEN_BOTH),
    MICRO_MOMENT_LOG(false, false, false, Cadence.DAILY, 1, Visibility.SHARED),
    DAILY_TALK(true, false, true, Cadence.DAILY, 1, Visibility.SHARED),
    KINDNESS_PRACTICE(false, false, false, Cadence.DAILY, 1, Visibility.SHARED),
    CURIOSITY_QUESTIONS(false, false, false, Cadence.WEEKLY, 3, Visibility.SHARED),
    SELF_CARE_JOURNAL(false, true, true, Cadence.WEEKLY, 3, Visibility.PRIVATE),
    I_STATEMENT_PRACTICE(false, false, false, Cadence.WEEKLY, 3, Visibility.SHARED),
    EMOTIONAL_NEEDS_EXERCISE(false, false, false, Cadence.ONCE, 1, Visibility.REVEAL_WHEN_BOTH);

    private final boolean doneTogether;
    private final boolean alwaysPrivate;
    private final boolean rated;
    private final Cadence usualCadence;
    private final int usualTarget;
    private final Visibility usualVisibility;

    HomeworkType(boolean doneTogether, boolean alwaysPrivate, boolean rated, Cadence usualCadence, int usualTarget,
                 Visibility usualVisibility) {
        this.doneTogether = doneTogether;
        this.alwaysPrivate = alwaysPrivate;
        this.rated = rated;
        this.usualCadence = usualCadence;
        this.usualTarget = usualTarget;
        this.usualVisibility = usualVisibility;
    }

    /** How often it is usually done: the new assignment's default. */
    public Cadence getUsualCadence() {
        return usualCadence;
    }

    /** How many per period it usually asks: the new assignment's default. */
    public int getUsualTarget() {
        return usualTarget;
    }

    /** Who usually reads it: paired reflections and date ratings reveal when both answered. */
    public Visibility getUsualVisibility() {
        return usualVisibility;
    }

    /** Done by the two partners together (a date, a daily talk): joint homework whoever it is for. */
    public boolean isDoneTogether() {
        return doneTogether;
    }

    /** The self-care journal is always private: only its author and the therapist read it. */
    public boolean isAlwaysPrivate() {
        return alwaysPrivate;
    }

    /** Asks for a 1-10 rating (connection, how it went, mood). */
    public boolean isRated() {
        return rated;
    }

    /** A written entry (kindness, curiosity, journal, I-statements, needs). */
    public boolean isWritten() {
        return this != MICRO_MOMENT_LOG && this != DAILY_TALK && this != EMOTIONAL_DATE;
    }
}
