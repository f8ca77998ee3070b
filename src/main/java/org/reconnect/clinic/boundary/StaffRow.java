package org.reconnect.clinic.boundary;

import org.reconnect.clinic.entity.Therapist;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.entity.Role;

import java.io.Serializable;

/** A staff member in the staff list. */
public final class StaffRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String displayName;
    private final String email;
    private final boolean admin;
    private final boolean therapist;
    private final boolean enabled;
    private final boolean passwordSet;
    private final Integer maxCaseload;
    private final Boolean acceptingNew;
    private final boolean twoStepOn;

    StaffRow(UserAccount account, Therapist profile, boolean twoStepOn) {
        this.twoStepOn = twoStepOn;
        this.id = account.getId();
        this.displayName = account.getDisplayName();
        this.email = account.getEmail();
        this.admin = account.hasRole(Role.ADMIN);
        this.therapist = account.hasRole(Role.THERAPIST);
        this.enabled = account.isEnabled();
        this.passwordSet = account.hasPassword();
        this.maxCaseload = profile == null ? null : profile.getMaxCaseload();
        this.acceptingNew = profile == null ? null : profile.isAcceptingNew();
    }

    /** Whether an authenticator app is set up for two-step sign-in. */
    public boolean isTwoStepOn() {
        return twoStepOn;
    }

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isTherapist() {
        return therapist;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isPasswordSet() {
        return passwordSet;
    }

    public Integer getMaxCaseload() {
        return maxCaseload;
    }

    public Boolean getAcceptingNew() {
        return acceptingNew;
    }
}
