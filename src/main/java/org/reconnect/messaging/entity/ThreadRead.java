package org.reconnect.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;

/**
 * How far one participant has read one thread: the last message they saw, and when. Read only
 * here; it is moved on by one upsert that never moves it back (two tabs may read at once).
 */
@Entity
@Immutable
@Table(name = "message_read")
public class ThreadRead {

    /** A participant of a thread. */
    @Embeddable
    public record Key(@Column(name = "thread_id") long threadId, @Column(name = "user_id") long userId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_read_id", nullable = false)
    private long lastReadId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected ThreadRead() {
    }

    public Key getKey() {
        return key;
    }

    public long getLastReadId() {
        return lastReadId;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
