package org.reconnect.assessment.entity;

/**
 * Where one partner's answering stands. DUE and IN_PROGRESS (answers saved, not submitted) can
 * still change; SUBMITTED is final, except that the therapist may mark it ENTERED_IN_ERROR, which
 * is final too. CANCELLED: the plan was stopped before it was answered.
 */
public enum AdministrationStatus {
    DUE, IN_PROGRESS, SUBMITTED, ENTERED_IN_ERROR, CANCELLED;

    public boolean isOpen() {
        return this == DUE || this == IN_PROGRESS;
    }

    public boolean isAnswered() {
        return this == SUBMITTED || this == ENTERED_IN_ERROR;
    }
}
