package org.reconnect.couple.entity;

/** The life cycle of a couple's case: referred, then intake, then active work, paused, discharged. */
public enum CaseStatus {
    REFERRED,
    INTAKE,
    ACTIVE,
    PAUSED,
    DISCHARGED;

    public boolean isOpen() {
        return this != DISCHARGED;
    }
}
