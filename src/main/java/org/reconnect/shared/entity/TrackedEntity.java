package org.reconnect.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What every clinical and administrative record carries: a surrogate id, an optimistic-lock
 * version (so that two people editing the same record cannot silently overwrite each other),
 * and who created and last changed it, and when. The stamps are set by {@link StampListener}.
 */
@MappedSuperclass
@EntityListeners(StampListener.class)
public abstract class TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    void stampCreated(Instant when, String who) {
        createdAt = when;
        createdBy = who;
        stampChanged(when, who);
    }

    void stampChanged(Instant when, String who) {
        changedAt = when;
        changedBy = who;
    }
}
