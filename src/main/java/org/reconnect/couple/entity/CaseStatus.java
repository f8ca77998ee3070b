package org.reconnect.couple.entity;

import java.util.Arrays;
import java.util.function.ToLongFunction;

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

    /** How many couples are open, from how many there are of each status. */
    public static long countOpen(ToLongFunction<CaseStatus> howMany) {
        return Arrays.stream(values()).filter(CaseStatus::isOpen).mapToLong(howMany).sum();
    }
}
