package org.reconnect.couple.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.entity.Role;
import org.reconnect.shared.entity.TrackedEntity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** One of the two people in a couple, with their own CLIENT login to the portal. */
@Entity
@Table(name = "partner")
public class Partner extends TrackedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "couple_id", nullable = false, updatable = false)
    private Couple couple;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount account;

    /** 1 or 2: a stable order for lists and forms, not a ranking. */
    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "preferred_name", length = 60)
    private String preferredName;

    @Column(length = 40)
    private String pronouns;

    @Column(length = 40)
    private String phone;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    @Column(name = "consent_on")
    private LocalDate consentOn;

    @Column(name = "consent_form_version", length = 40)
    private String consentFormVersion;

    @Column(name = "secrets_ack_on")
    private LocalDate secretsAcknowledgedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Screening screening = Screening.NOT_SCREENED;

    @Column(name = "screened_on")
    private LocalDate screenedOn;

    @Column(name = "screened_by", length = 254)
    private String screenedBy;

    @Column(name = "reminders_opt_out", nullable = false)
    private boolean remindersOptOut;

    /** For therapists only: never shown to admins or partners. */
    @Column(name = "screening_note", length = 1000)
    private String screeningNote;

    protected Partner() {
    }

    public Partner(Couple couple, UserAccount account, int position, String fullName, String preferredName) {
        this.couple = Objects.requireNonNull(couple, "couple");
        this.account = Objects.requireNonNull(account, "account");
        if (!account.hasRole(Role.CLIENT)) {
            throw new IllegalArgumentException("a partner's account needs the CLIENT role");
        }
        if (position != 1 && position != 2) {
            throw new IllegalArgumentException("position is 1 or 2");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("a partner needs a name");
        }
        this.position = position;
        this.fullName = fullName.strip();
        this.preferredName = preferredName == null || preferredName.isBlank() ? null : preferredName.strip();
        couple.addPartner(this);
    }

    public void rename(String newFullName, String newPreferredName) {
        if (newFullName == null || newFullName.isBlank()) {
            throw new IllegalArgumentException("a partner needs a name");
        }
        this.fullName = newFullName.strip();
        this.preferredName = blankToNull(newPreferredName);
    }

    /** Contact details; the time zone is an IANA id such as Europe/Berlin. */
    public void describe(String newPronouns, String newPhone, ZoneId zone) {
        this.pronouns = blankToNull(newPronouns);
        this.phone = blankToNull(newPhone);
        this.timeZone = Objects.requireNonNull(zone, "time zone").getId();
    }

    /** Consent to treatment, given by this partner on their own. */
    public void recordConsent(LocalDate on, String formVersion) {
        if (on == null || formVersion == null || formVersion.isBlank()) {
            throw new IllegalArgumentException("consent needs a date and the form's version");
        }
        this.consentOn = on;
        this.consentFormVersion = formVersion.strip();
    }

    public void acknowledgeSecretsPolicy(LocalDate on) {
        this.secretsAcknowledgedOn = Objects.requireNonNull(on, "date");
    }

    /** A therapist's screening result, with a private note. */
    public void recordScreening(Screening result, LocalDate on, String therapist, String note) {
        this.screening = Objects.requireNonNull(result, "result");
        this.screenedOn = Objects.requireNonNull(on, "date");
        this.screenedBy = Objects.requireNonNull(therapist, "therapist");
        this.screeningNote = blankToNull(note);
    }

    /** A reopened case starts a new episode: its safety screening is done again. */
    public void screeningForNewEpisode() {
        this.screening = Screening.NOT_SCREENED;
        this.screenedOn = null;
        this.screenedBy = null;
        this.screeningNote = null;
    }

    public boolean isRemindersOptOut() {
        return remindersOptOut;
    }

    public void setRemindersOptOut(boolean optOut) {
        this.remindersOptOut = optOut;
    }

    public boolean hasConsented() {
        return consentOn != null && secretsAcknowledgedOn != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getPronouns() {
        return pronouns;
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

    public String getScreeningNote() {
        return screeningNote;
    }

    public Couple getCouple() {
        return couple;
    }

    public UserAccount getAccount() {
        return account;
    }

    public int getPosition() {
        return position;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    /** The partner's own time zone; the couple's when the recorded one is not known. */
    public java.time.ZoneId zone() {
        try {
            return java.time.ZoneId.of(timeZone);
        } catch (RuntimeException unknown) {
            return couple.timeZone();
        }
    }

    /** The name to address this person by: the preferred name if they gave one, else the first name. */
    public String getCallName() {
        return callName(preferredName, fullName);
    }

    /** The preferred name if there is one, else the first name: for queries that read names only. */
    public static String callName(String preferredName, String fullName) {
        if (preferredName != null) {
            return preferredName;
        }
        int space = fullName.indexOf(' ');
        return space > 0 ? fullName.substring(0, space) : fullName;
    }
}
