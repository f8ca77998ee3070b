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
 */
public final class CaseDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String caseNumber;
    private final CaseStatus status;
    private final LocalDate statusSince;
    private final int episode;
    private final LocalDate openedOn;
    private final String referralSource;
    private final String reason;
    private final SecretsPolicy secretsPolicy;
    private final Long therapistId;
    private final String therapistName;
    private final PortalAfterClose portalAfterClose;
    private final boolean flagged;
    private final JointWork.Verdict jointWork;
    private final String jointDecision;
    private final String jointDecisionBy;
    private final LocalDate jointDecisionOn;
    private final CaseAccess.Level access;
    private final List<PartnerDetails> partners;
    private final List<CaseStatus> nextStatuses;
    private final List<StatusChangeRow> history;
    private final Integer currentStep;

    CaseDetails(Couple couple, CaseAccess.Level access, List<StatusChangeRow> history) {
        boolean clinical = access == CaseAccess.Level.CLINICAL;
        this.id = couple.getId();
        this.version = couple.getVersion();
        this.caseNumber = couple.getCaseNumber();
        this.status = couple.getStatus();
        this.statusSince = couple.getStatusSince();
        this.episode = couple.getEpisode();
        this.openedOn = couple.getOpenedOn();
        this.referralSource = couple.getReferralSource();
        this.reason = couple.getReason();
        this.secretsPolicy = couple.getSecretsPolicy();
        this.therapistId = couple.getTherapist() == null ? null : couple.getTherapist().getId();
        this.therapistName = couple.getTherapist() == null ? null : couple.getTherapist().getAccount().getDisplayName();
        this.portalAfterClose = couple.getPortalAfterClose();
        this.flagged = couple.isFlagged();
        this.jointWork = couple.jointWork();
        this.jointDecision = clinical ? couple.getJointDecision() : null;
        this.jointDecisionBy = couple.getJointDecisionBy();
        this.jointDecisionOn = couple.getJointDecisionOn();
        this.access = access;
        this.partners = couple.getPartners().stream().map(p -> new PartnerDetails(p, clinical)).toList();
        this.nextStatuses = List.copyOf(CaseLifecycle.nextFrom(couple.getStatus()));
        this.history = List.copyOf(history);
        this.currentStep = couple.getCurrentStep();
    }

    /** The program step the couple is on, {@code null} before the program starts. */
    public Integer getCurrentStep() {
        return currentStep;
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public int getEpisode() {
        return episode;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public String getReferralSource() {
        return referralSource;
    }

    public String getReason() {
        return reason;
    }

    public SecretsPolicy getSecretsPolicy() {
        return secretsPolicy;
    }

    public Long getTherapistId() {
        return therapistId;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public PortalAfterClose getPortalAfterClose() {
        return portalAfterClose;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public JointWork.Verdict getJointWork() {
        return jointWork;
    }

    public boolean isJointDecisionRecorded() {
        return jointDecisionOn != null;
    }

    /** {@code null} unless the caller is the couple's therapist. */
    public String getJointDecision() {
        return jointDecision;
    }

    public String getJointDecisionBy() {
        return jointDecisionBy;
    }

    public LocalDate getJointDecisionOn() {
        return jointDecisionOn;
    }

    public CaseAccess.Level getAccess() {
        return access;
    }

    public boolean isClinical() {
        return access == CaseAccess.Level.CLINICAL;
    }

    public boolean isReadOnly() {
        return status == CaseStatus.DISCHARGED;
    }

    public List<PartnerDetails> getPartners() {
        return partners;
    }

    public List<CaseStatus> getNextStatuses() {
        return nextStatuses;
    }

    public List<StatusChangeRow> getHistory() {
        return history;
    }
}
