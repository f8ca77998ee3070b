package org.reconnect.couple.entity;


import java.util.Collection;

/**
 * Conjoint work (joint sessions, joint homework) starts only after each partner's safety
 * screening is cleared. A screening that is missing or raised concerns blocks it until the
 * therapist records a documented decision to proceed.
 */
public final class JointWork {

    private JointWork() {
    }

    public enum Verdict {
        ALLOWED(true),
        ALLOWED_BY_DECISION(true),
        BLOCKED_NOT_SCREENED(false),
        BLOCKED_CONCERNS(false);

        private final boolean allowed;

        Verdict(boolean allowed) {
            this.allowed = allowed;
        }

        public boolean isAllowed() {
            return allowed;
        }
    }

    /** The couple is flagged while either partner is not cleared, decision or not. */
    public static boolean flagged(Collection<Screening> partners) {
        return partners.size() < 2 || partners.stream().anyMatch(s -> !s.isCleared());
    }

    public static Verdict evaluate(Collection<Screening> partners, boolean decisionRecorded) {
        if (!flagged(partners)) {
            return Verdict.ALLOWED;
        }
        if (decisionRecorded) {
            return Verdict.ALLOWED_BY_DECISION;
        }
        return partners.contains(Screening.CONCERNS) ? Verdict.BLOCKED_CONCERNS : Verdict.BLOCKED_NOT_SCREENED;
    }
}
