package org.reconnect.couple.entity;

/** A partner's safety screening for relationship violence, recorded by a therapist. */
public enum Screening {
    NOT_SCREENED,
    CLEARED,
    CONCERNS;

    public boolean isCleared() {
        return this == CLEARED;
    }
}
