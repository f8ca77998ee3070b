package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.CaseLifecycle;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.JointWork;
import org.reconnect.couple.entity.PortalAfterClose;
import org.reconnect.couple.entity.SecretsPolicy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A couple's page. Clinical text (screening notes, the decision to proceed) is filled in only for
 * the assigned therapist; an admin gets the case's metadata and flags.
 *
 * @param jointDecision {@code null} unless the caller is the couple's therapist
 * @param clinical      the caller is the couple's therapist
 * @param readOnly      the case has ended: it is kept, and changed no more
 * @param currentStep   the program step the couple is on, {@code null} before the program starts
 */
public record CaseDetails(long id, long version, String caseNumber, CaseStatus status, LocalDate statusSince, int episode,
                          LocalDate openedOn, String referralSource, String reason, SecretsPolicy secretsPolicy, Long therapistId,
                          String therapistName, PortalAfterClose portalAfterClose, boolean flagged, JointWork.Verdict jointWork,
                          String jointDecision, String jointDecisionBy, LocalDate jointDecisionOn, CaseAccess.Level access,
                          boolean clinical, boolean readOnly, List<PartnerDetails> partners, List<CaseStatus> nextStatuses,
                          List<StatusChangeRow> history, Integer currentStep) implements Serializable {

    public CaseDetails {
        partners = List.copyOf(partners);
        nextStatuses = List.copyOf(nextStatuses);
        history = List.copyOf(history);
    }

    static CaseDetails of(Couple couple, CaseAccess.Level access, List<StatusChangeRow> history) {
        boolean clinical = access == CaseAccess.Level.CLINICAL;
        return new CaseDetails(couple.getId(), couple.getVersion(), couple.getCaseNumber(), couple.getStatus(),
                couple.getStatusSince(), couple.getEpisode(), couple.getOpenedOn(), couple.getReferralSource(), couple.getReason(),
                couple.getSecretsPolicy(), couple.getTherapist() == null ? null : couple.getTherapist().getId(),
                couple.getTherapist() == null ? null : couple.getTherapist().getAccount().getDisplayName(),
                couple.getPortalAfterClose(), couple.isFlagged(), couple.jointWork(), clinical ? couple.getJointDecision() : null,
                couple.getJointDecisionBy(), couple.getJointDecisionOn(), access, clinical, couple.isReadOnly(),
                couple.getPartners().stream().map(p -> PartnerDetails.of(p, clinical)).toList(),
                List.copyOf(CaseLifecycle.nextFrom(couple.getStatus())), history, couple.getCurrentStep());
    }

    /** Whether the therapist has recorded a decision to proceed with joint work. */
    public boolean isJointDecisionRecorded() {
        return jointDecisionOn != null;
    }
}
