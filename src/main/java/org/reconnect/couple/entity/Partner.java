package org.reconnect.couple.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.reconnect.security.entity.Role;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.entity.TrackedEntity;

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

    /** The name to address this person by: the preferred name if they gave one, else the first name. */
    public String getCallName() {
        if (preferredName != null) {
            return preferredName;
        }
        int space = fullName.indexOf(' ');
        return space > 0 ? fullName.substring(0, space) : fullName;
    }
}
