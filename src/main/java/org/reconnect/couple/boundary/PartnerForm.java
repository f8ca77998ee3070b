package org.reconnect.couple.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** One partner as the intake form collects them. The same constraints check the page and the boundary. */
public class PartnerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{partner.fullName.required}")
    @Size(max = 120, message = "{partner.fullName.size}")
    private String fullName;

    @Size(max = 60, message = "{partner.preferredName.size}")
    private String preferredName;

    @Size(max = 40, message = "{partner.pronouns.size}")
    private String pronouns;

    @NotBlank(message = "{partner.email.required}")
    @Size(max = 254, message = "{partner.email.size}")
    private String email;

    @Size(max = 40, message = "{partner.phone.size}")
    @Pattern(regexp = "^$|^[+0-9 ()./-]{5,40}$", message = "{partner.phone.pattern}")
    private String phone;

    @NotBlank(message = "{partner.timeZone.required}")
    private String timeZone = "UTC";

    private boolean consentGiven;

    @PastOrPresent(message = "{partner.consentOn.future}")
    private LocalDate consentOn;

    @Size(max = 40, message = "{partner.consentFormVersion.size}")
    private String consentFormVersion;

    private boolean secretsAcknowledged;

    @NotNull
    private Integer position;

    public PartnerForm() {
    }

    public PartnerForm(int position) {
        this.position = position;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public String getPronouns() {
        return pronouns;
    }

    public void setPronouns(String pronouns) {
        this.pronouns = pronouns;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(LocalDate consentOn) {
        this.consentOn = consentOn;
    }

    public String getConsentFormVersion() {
        return consentFormVersion;
    }

    public void setConsentFormVersion(String consentFormVersion) {
        this.consentFormVersion = consentFormVersion;
    }

    public boolean isSecretsAcknowledged() {
        return secretsAcknowledged;
    }

    public void setSecretsAcknowledged(boolean secretsAcknowledged) {
        this.secretsAcknowledged = secretsAcknowledged;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    /** What the form says, for its submission key: sent again, it must say the same. */
    public String content() {
        return org.reconnect.shared.boundary.Submissions.content(position, fullName, preferredName, pronouns, email, phone, timeZone, consentGiven, consentOn,
                consentFormVersion, secretsAcknowledged);
    }
}
