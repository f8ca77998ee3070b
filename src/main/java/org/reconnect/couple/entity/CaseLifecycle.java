package org.reconnect.couple.entity;


import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.reconnect.couple.entity.CaseStatus.ACTIVE;
import static org.reconnect.couple.entity.CaseStatus.DISCHARGED;
import static org.reconnect.couple.entity.CaseStatus.INTAKE;
import static org.reconnect.couple.entity.CaseStatus.PAUSED;
import static org.reconnect.couple.entity.CaseStatus.REFERRED;

/**
 * Where a case may go from where it is: referred, intake, active, paused, discharged, and back
 * to intake when a discharged couple returns (a new episode). Active work needs a therapist and
 * both partners' consent. Every move needs a reason.
 */
public final class CaseLifecycle {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            REFERRED, EnumSet.of(INTAKE, DISCHARGED),
            INTAKE, EnumSet.of(ACTIVE, PAUSED, DISCHARGED),
            ACTIVE, EnumSet.of(PAUSED, DISCHARGED),
            PAUSED, EnumSet.of(ACTIVE, DISCHARGED),
            DISCHARGED, EnumSet.of(INTAKE));

    private CaseLifecycle() {
    }

    /** What the rules need to know about the case besides its status. */
    public record Readiness(boolean therapistAssigned, boolean bothPartnersConsented) {
    }

    public static Set<CaseStatus> nextFrom(CaseStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    /** Why the move is refused (a message key), or empty when it is allowed. */
    public static Optional<String> refusal(CaseStatus from, CaseStatus to, Readiness readiness, String reason) {
        if (from == to) {
            return Optional.of("case.status.unchanged");
        }
        if (!NEXT.get(from).contains(to)) {
            return Optional.of("case.status.notAllowed");
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of("case.status.reasonRequired");
        }
        if (to == ACTIVE && !readiness.therapistAssigned()) {
            return Optional.of("case.status.needsTherapist");
        }
        if (to == ACTIVE && !readiness.bothPartnersConsented()) {
            return Optional.of("case.status.needsConsent");
        }
        return Optional.empty();
    }

    /** Leaving discharged starts a new episode of care. */
    public static boolean isReopening(CaseStatus from, CaseStatus to) {
        return from == DISCHARGED && to == INTAKE;
    }
}
