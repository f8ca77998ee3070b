package org.reconnect.clinic.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A staff member as the staff page edits them: name, login, roles, and the therapist's profile. */
public class StaffForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    private long version;

    @NotBlank(message = "{staff.displayName.required}")
    @Size(max = 120, message = "{staff.displayName.size}")
    private String displayName;

    @NotBlank(message = "{staff.email.required}")
    @Size(max = 254, message = "{partner.email.size}")
    private String email;

    private boolean admin;

    private boolean therapist;

    @Size(max = 200, message = "{staff.credentials.size}")
    private String credentials;

    @Min(value = 0, message = "{staff.capacity.range}")
    @Max(value = 200, message = "{staff.capacity.range}")
    private int maxCaseload = 25;

    private boolean acceptingNew = true;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }

    public boolean isTherapist() {
        return therapist;
    }

    public void setTherapist(boolean therapist) {
        this.therapist = therapist;
    }

    public String getCredentials() {
        return credentials;
    }

    public void setCredentials(String credentials) {
        this.credentials = credentials;
    }

    public int getMaxCaseload() {
        return maxCaseload;
    }

    public void setMaxCaseload(int maxCaseload) {
        this.maxCaseload = maxCaseload;
    }

    public boolean isAcceptingNew() {
        return acceptingNew;
    }

    public void setAcceptingNew(boolean acceptingNew) {
        this.acceptingNew = acceptingNew;
    }
}
