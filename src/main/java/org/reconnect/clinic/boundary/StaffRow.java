package org.reconnect.clinic.boundary;

import org.reconnect.clinic.entity.Therapist;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.entity.Role;

import java.io.Serializable;

/**
 * A staff member in the staff list.
 *
 * @param twoStepOn whether an authenticator app is set up for two-step sign-in
 */
public record StaffRow(long id, String displayName, String email, boolean admin, boolean therapist, boolean enabled,
                       boolean passwordSet, Integer maxCaseload, Boolean acceptingNew, boolean twoStepOn) implements Serializable {

    static StaffRow of(UserAccount account, Therapist profile, boolean twoStepOn) {
        return new StaffRow(account.getId(), account.getDisplayName(), account.getEmail(), account.hasRole(Role.ADMIN),
                account.hasRole(Role.THERAPIST), account.isEnabled(), account.hasPassword(),
                profile == null ? null : profile.getMaxCaseload(), profile == null ? null : profile.isAcceptingNew(), twoStepOn);
    }
}
