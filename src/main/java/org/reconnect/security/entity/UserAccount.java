package org.reconnect.security.entity;

import org.reconnect.shared.entity.Role;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.reconnect.shared.entity.TrackedEntity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A login: staff member or partner. The email is the login name, unique across the clinic and
 * stored in lower case. The password is a bcrypt modular-crypt string that the Elytron JDBC
 * realm verifies; a disabled account cannot log in and is never deleted.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_EMAIL,
        query = "select distinct u from UserAccount u left join fetch u.roles where u.email = :email")
@NamedQuery(name = UserAccount.BY_EMAIL_IN_SESSION,
        query = """
                select distinct u from UserAccount u left join fetch u.roles where u.email = :email
                and exists (select s.handle from SignedInSession s where s.handle = :handle and s.endedAt is null and s.userId = u.id)""")
public class UserAccount extends TrackedEntity {

    public static final String BY_EMAIL = "UserAccount.byEmail";
    /**
     * The account, only while its session with this handle is registered and not marked as ended:
     * fails closed, so a session whose row is gone (purged, never written) is refused too.
     */
    public static final String BY_EMAIL_IN_SESSION = "UserAccount.byEmailInSession";

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, Set<Role> roles) {
        this.email = EmailAddress.normalize(email);
        rename(displayName);
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new IllegalArgumentException("a display name is required");
        }
        this.displayName = newDisplayName.strip();
    }

    /** Stores a bcrypt hash; the plain password never reaches an entity. */
    public void replacePasswordHash(String bcryptModularCrypt) {
        this.passwordHash = Objects.requireNonNull(bcryptModularCrypt);
    }

    /** A staff member's roles: ADMIN, THERAPIST or both. */
    public void replaceStaffRoles(Set<Role> staffRoles) {
        if (staffRoles == null || staffRoles.isEmpty() || staffRoles.contains(Role.CLIENT)) {
            throw new IllegalArgumentException("staff roles are ADMIN and/or THERAPIST");
        }
        roles.clear();
        roles.addAll(staffRoles);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The account's password hash (bcrypt), or {@code null}; for {@code PasswordHashing} alone, never shown. */
    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
