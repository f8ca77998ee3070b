package org.reconnect.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One signed-in session, as every server knows it: whose it is, from which device and address,
 * when it signed in, when it was last active (noted every half minute or so, not on each
 * request), its idle limit, and when it was ended. Known by a random handle, never by its session
 * id. Ended rows are changed by bulk updates only, so the entity carries no version.
 */
@Entity
@Table(name = "signed_in_session")
public class SignedInSession {

    @Id
    @Column(length = 32, nullable = false, updatable = false)
    private String handle;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, updatable = false, length = 120)
    private String device;

    @Column(updatable = false, length = 64)
    private String address;

    @Column(name = "signed_in_at", nullable = false, updatable = false)
    private Instant signedInAt;

    @Column(name = "last_active_at", nullable = false)
    private Instant lastActiveAt;

    @Column(name = "idle_seconds", nullable = false, updatable = false)
    private int idleSeconds;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected SignedInSession() {
    }

    public SignedInSession(String handle, long userId, String device, String address, Instant signedInAt, int idleSeconds) {
        this.handle = handle;
        this.userId = userId;
        this.device = device.length() > 120 ? device.substring(0, 120) : device;
        this.address = address == null || address.length() <= 64 ? address : address.substring(0, 64);
        this.signedInAt = signedInAt;
        this.lastActiveAt = signedInAt;
        this.idleSeconds = idleSeconds;
    }

    public String getHandle() {
        return handle;
    }

    public String getDevice() {
        return device;
    }

    public String getAddress() {
        return address;
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }

    public Instant getLastActiveAt() {
        return lastActiveAt;
    }

    public int getIdleSeconds() {
        return idleSeconds;
    }
}
