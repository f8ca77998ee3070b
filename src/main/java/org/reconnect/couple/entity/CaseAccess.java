package org.reconnect.couple.entity;

import org.reconnect.couple.entity.CaseFacts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.util.Set;

/**
 * Who may see what of a couple's case. The rules of DESIGN.md, in one place:
 * <ul>
 *   <li>the therapist the couple is currently assigned to sees the clinical record;</li>
 *   <li>each partner sees their own couple, through the portal;</li>
 *   <li>an admin sees case metadata (never note, journal or answer text);</li>
 *   <li>anyone else sees nothing, exactly as if the case did not exist.</li>
 * </ul>
 * The boundary turns {@link #scopeFor} into the where-clause of its queries and checks every
 * loaded case again with {@link #levelFor}.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** How much of one case a caller may see, from nothing to the full clinical record. */
    public enum Level {
        NONE,
        METADATA,
        PARTNER,
        CLINICAL;

        public boolean canSee() {
            return this != NONE;
        }
    }

    /**
     * The query scope: which cases a caller's queries may return at all. {@code -1} means "no
     * match" for the id parameters, so one query serves every role.
     */
    public record Scope(boolean allCases, long asTherapistUserId, long asPartnerUserId) {

        public static final long NOBODY = -1;

        public boolean isEmpty() {
            return !allCases && asTherapistUserId == NOBODY && asPartnerUserId == NOBODY;
        }
    }

    public static Scope scopeFor(Caller caller) {
        if (caller == null) {
            return new Scope(false, Scope.NOBODY, Scope.NOBODY);
        }
        return new Scope(caller.is(Role.ADMIN),
                caller.is(Role.THERAPIST) ? caller.userId() : Scope.NOBODY,
                caller.is(Role.CLIENT) ? caller.userId() : Scope.NOBODY);
    }

    public static Level levelFor(Caller caller, CaseFacts facts) {
        if (caller == null || facts == null) {
            return Level.NONE;
        }
        if (caller.is(Role.THERAPIST) && facts.therapistUserId() != null
                && facts.therapistUserId() == caller.userId()) {
            return Level.CLINICAL;
        }
        if (caller.is(Role.CLIENT) && facts.partnerUserIds().contains(caller.userId())) {
            return Level.PARTNER;
        }
        if (caller.is(Role.ADMIN)) {
            return Level.METADATA;
        }
        return Level.NONE;
    }
}
