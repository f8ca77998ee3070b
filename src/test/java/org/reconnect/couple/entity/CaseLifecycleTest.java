package org.reconnect.couple.entity;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.couple.entity.CaseStatus.ACTIVE;
import static org.reconnect.couple.entity.CaseStatus.DISCHARGED;
import static org.reconnect.couple.entity.CaseStatus.INTAKE;
import static org.reconnect.couple.entity.CaseStatus.PAUSED;
import static org.reconnect.couple.entity.CaseStatus.REFERRED;

class CaseLifecycleTest {

    private static final CaseLifecycle.Readiness READY = new CaseLifecycle.Readiness(true, true);

    @Test
    void caseMovesForwardThroughItsLifeCycle() {
        assertEquals(Optional.empty(), CaseLifecycle.refusal(REFERRED, INTAKE, READY, "intake booked"));
        assertEquals(Optional.empty(), CaseLifecycle.refusal(INTAKE, ACTIVE, READY, "consented"));
        assertEquals(Optional.empty(), CaseLifecycle.refusal(ACTIVE, PAUSED, READY, "travel"));
        assertEquals(Optional.empty(), CaseLifecycle.refusal(PAUSED, ACTIVE, READY, "back"));
        assertEquals(Optional.empty(), CaseLifecycle.refusal(ACTIVE, DISCHARGED, READY, "completed"));
    }

    @Test
    void everyMoveNeedsAReason() {
        assertEquals(Optional.of("case.status.reasonRequired"), CaseLifecycle.refusal(ACTIVE, PAUSED, READY, " "));
        assertEquals(Optional.of("case.status.reasonRequired"), CaseLifecycle.refusal(ACTIVE, PAUSED, READY, null));
    }

    @Test
    void activeWorkNeedsATherapistAndBothConsents() {
        assertEquals(Optional.of("case.status.needsTherapist"),
                CaseLifecycle.refusal(INTAKE, ACTIVE, new CaseLifecycle.Readiness(false, true), "go"));
        assertEquals(Optional.of("case.status.needsConsent"),
                CaseLifecycle.refusal(INTAKE, ACTIVE, new CaseLifecycle.Readiness(true, false), "go"));
    }

    @Test
    void dischargedCaseOnlyReopensAtIntake() {
        assertEquals(Optional.of("case.status.notAllowed"), CaseLifecycle.refusal(DISCHARGED, ACTIVE, READY, "again"));
        assertEquals(Optional.empty(), CaseLifecycle.refusal(DISCHARGED, INTAKE, READY, "they came back"));
        assertTrue(CaseLifecycle.isReopening(DISCHARGED, INTAKE));
        assertFalse(CaseLifecycle.isReopening(REFERRED, INTAKE));
    }

    @Test
    void aCaseCannotSkipIntakeOrStayWhereItIs() {
        assertEquals(Optional.of("case.status.notAllowed"), CaseLifecycle.refusal(REFERRED, ACTIVE, READY, "skip"));
        assertEquals(Optional.of("case.status.unchanged"), CaseLifecycle.refusal(ACTIVE, ACTIVE, READY, "same"));
    }
}
