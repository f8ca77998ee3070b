package org.reconnect.clinic.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/** One setting of the clinic, by name (the migrations create every one with its default). */
@Entity
@Table(name = "clinic_setting")
public class ClinicSetting {

    public static final String NOTE_TEMPLATES = "notes.templates";
    public static final String TIME_ZONE = "clinic.timeZone";
    /** OPTIONAL or REQUIRED: whether therapists must use two-step sign-in (admins always must). */
    public static final String THERAPIST_TWO_STEP = "security.therapistTwoStep";
    /** When the clinic reads messages, in words. */
    public static final String OFFICE_HOURS = "messaging.officeHours";

    @Id
    @Column(length = 60)
    private String name;

    @Column(nullable = false, length = 500)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected ClinicSetting() {
    }

    public void change(String newValue, Instant at, String by) {
        value = Objects.requireNonNull(newValue);
        changedAt = Objects.requireNonNull(at);
        changedBy = Objects.requireNonNull(by);
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getVersion() {
        return version;
    }
}
