package org.reconnect.clinic.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.entity.Role;
import org.reconnect.shared.entity.TrackedEntity;

import java.util.Objects;

/** A clinician: a staff account with the THERAPIST role, and how many couples they can take. */
@Entity
@Table(name = "therapist")
@NamedQuery(name = Therapist.OF_ACCOUNT, query = "select t from Therapist t where t.account.id = :account")
public class Therapist extends TrackedEntity {

    /** The therapist record of a login ({@code account}: its user id). */
    public static final String OF_ACCOUNT = "Therapist.ofAccount";

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(nullable = false, length = 200)
    private String credentials = "";

    @Column(name = "max_caseload", nullable = false)
    private int maxCaseload;

    @Column(name = "accepting_new", nullable = false)
    private boolean acceptingNew = true;

    protected Therapist() {
    }

    public Therapist(UserAccount account, String credentials, int maxCaseload) {
        this.account = Objects.requireNonNull(account, "account");
        if (!account.hasRole(Role.THERAPIST)) {
            throw new IllegalArgumentException("a therapist's account needs the THERAPIST role");
        }
        this.credentials = credentials == null ? "" : credentials.strip();
        changeCapacity(maxCaseload);
    }

    public void changeCapacity(int newMaxCaseload) {
        if (newMaxCaseload < 0) {
            throw new IllegalArgumentException("capacity cannot be negative");
        }
        this.maxCaseload = newMaxCaseload;
    }

    /** What the clinic says about this therapist: credentials, capacity, new couples or not. */
    public void updateProfile(String newCredentials, int newMaxCaseload, boolean newAcceptingNew) {
        this.credentials = newCredentials == null ? "" : newCredentials.strip();
        changeCapacity(newMaxCaseload);
        this.acceptingNew = newAcceptingNew;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getCredentials() {
        return credentials;
    }

    public int getMaxCaseload() {
        return maxCaseload;
    }

    public boolean isAcceptingNew() {
        return acceptingNew;
    }

    public void setAcceptingNew(boolean acceptingNew) {
        this.acceptingNew = acceptingNew;
    }
}
