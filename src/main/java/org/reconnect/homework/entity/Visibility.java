package org.reconnect.homework.entity;

/** Who reads an entry besides its author and the therapist. REVEAL_WHEN_BOTH shows the other partner's answer only once one's own for the same period is saved. */
public enum Visibility {
    SHARED,
    PRIVATE,
    REVEAL_WHEN_BOTH
}
