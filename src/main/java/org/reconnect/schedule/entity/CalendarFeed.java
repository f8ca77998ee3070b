package org.reconnect.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A therapist's private calendar feed: the SHA-256 of the token in its address (never the token)
 * and when that address was made. A new address replaces the token; the old one stops answering.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.BY_TOKEN_HASH, query = "select f from CalendarFeed f where f.tokenHash = :hash")
public class CalendarFeed {

    public static final String BY_TOKEN_HASH = "CalendarFeed.byTokenHash";

    @Id
    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CalendarFeed() {
    }

    public CalendarFeed(long therapistId, String tokenHash, Instant createdAt) {
        this.therapistId = therapistId;
        renew(tokenHash, createdAt);
    }

    /** A new address: the old token no longer opens the feed. */
    public void renew(String tokenHash, Instant at) {
        if (Objects.requireNonNull(tokenHash, "tokenHash").length() != 64) {
            throw new IllegalArgumentException("a SHA-256 in hex");
        }
        this.tokenHash = tokenHash;
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    public long getTherapistId() {
        return therapistId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
