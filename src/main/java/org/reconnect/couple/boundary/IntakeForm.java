package org.reconnect.couple.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.SecretsPolicy;
import org.reconnect.shared.boundary.KeyedForm;
import org.reconnect.shared.boundary.Submissions;

/** A new couple's case as the intake form collects it: both partners, always. */
public class IntakeForm extends KeyedForm {

    private static final long serialVersionUID = 1L;

    @Size(max = 120, message = "{intake.referralSource.size}")
    private String referralSource;

    @Size(max = 500, message = "{intake.reason.size}")
    private String reason;

    @NotNull(message = "{intake.secretsPolicy.required}")
    private SecretsPolicy secretsPolicy;

    @NotNull
    private CaseStatus initialStatus = CaseStatus.INTAKE;

    /** For a therapist doing their own intake: the couple is theirs at once. */
    private boolean assignToMe;

    /** The therapist confirms taking the couple although they are at capacity or not taking new couples. */
    private boolean confirmOverCapacity;

    @Valid
    @NotNull
    private PartnerForm partner1 = new PartnerForm(1);

    @Valid
    @NotNull
    private PartnerForm partner2 = new PartnerForm(2);

    public String getReferralSource() {
        return referralSource;
    }

    public void setReferralSource(String referralSource) {
        this.referralSource = referralSource;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public SecretsPolicy getSecretsPolicy() {
        return secretsPolicy;
    }

    public void setSecretsPolicy(SecretsPolicy secretsPolicy) {
        this.secretsPolicy = secretsPolicy;
    }

    public CaseStatus getInitialStatus() {
        return initialStatus;
    }

    public void setInitialStatus(CaseStatus initialStatus) {
        this.initialStatus = initialStatus;
    }

    public boolean isAssignToMe() {
        return assignToMe;
    }

    public void setAssignToMe(boolean assignToMe) {
        this.assignToMe = assignToMe;
    }

    public boolean isConfirmOverCapacity() {
        return confirmOverCapacity;
    }

    public void setConfirmOverCapacity(boolean confirmOverCapacity) {
        this.confirmOverCapacity = confirmOverCapacity;
    }

    public PartnerForm getPartner1() {
        return partner1;
    }

    public void setPartner1(PartnerForm partner1) {
        this.partner1 = partner1;
    }

    public PartnerForm getPartner2() {
        return partner2;
    }

    public void setPartner2(PartnerForm partner2) {
        this.partner2 = partner2;
    }

    /** What the form says, for its submission key: sent again, it must say the same. */
    public String content() {
        return Submissions.content(referralSource, reason, secretsPolicy, initialStatus, assignToMe,
                partner1 == null ? null : partner1.content(), partner2 == null ? null : partner2.content());
    }
}
