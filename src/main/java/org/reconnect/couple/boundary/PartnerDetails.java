package org.reconnect.couple.boundary;

import org.reconnect.couple.entity.Partner;
import org.reconnect.couple.entity.Screening;

import java.io.Serializable;
import java.time.LocalDate;

/** A partner on the couple's page. The screening note is present for the assigned therapist only. */
public final class PartnerDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String fullName;
    private final String preferredName;
    private final String pronouns;
    private final String email;
    private final String phone;
    private final String timeZone;
    private final LocalDate consentOn;
    private final String consentFormVersion;
    private final LocalDate secretsAcknowledgedOn;
    private final Screening screening;
    private final LocalDate screenedOn;
    private final String screenedBy;
    private final String screeningNote;
    private final boolean portalReady;
    private final boolean loginEnabled;

    PartnerDetails(Partner partner, boolean clinical) {
        this.id = partner.getId();
        this.fullName = partner.getFullName();
        this.preferredName = partner.getPreferredName();
        this.pronouns = partner.getPronouns();
        this.email = partner.getAccount().getEmail();
        this.phone = partner.getPhone();
        this.timeZone = partner.getTimeZone();
        this.consentOn = partner.getConsentOn();
        this.consentFormVersion = partner.getConsentFormVersion();
        this.secretsAcknowledgedOn = partner.getSecretsAcknowledgedOn();
        this.screening = partner.getScreening();
        this.screenedOn = partner.getScreenedOn();
        this.screenedBy = partner.getScreenedBy();
        this.screeningNote = clinical ? partner.getScreeningNote() : null;
        this.portalReady = partner.getAccount().hasPassword();
        this.loginEnabled = partner.getAccount().isEnabled();
    }

    public long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public String getPronouns() {
        return pronouns;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public String getConsentFormVersion() {
        return consentFormVersion;
    }

    public LocalDate getSecretsAcknowledgedOn() {
        return secretsAcknowledgedOn;
    }

    public Screening getScreening() {
        return screening;
    }

    public LocalDate getScreenedOn() {
        return screenedOn;
    }

    public String getScreenedBy() {
        return screenedBy;
    }

    /** {@code null} unless the caller is the couple's therapist. */
    public String getScreeningNote() {
        return screeningNote;
    }

    /** The partner has set their password: the portal works for them. */
    public boolean isPortalReady() {
        return portalReady;
    }

    public boolean isLoginEnabled() {
        return loginEnabled;
    }
}
