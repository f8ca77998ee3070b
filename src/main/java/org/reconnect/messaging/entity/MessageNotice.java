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
 * The last e-mail that told one reader of one thread that a message was waiting: the newest
 * message it told of, and when it went out. Read only here; the round claims it with one
 * conditional update (at most one e-mail per thread and reader an hour, on every server).
 */
@Entity
@Immutable
@Table(name = "message_notice")
public class MessageNotice {

    /** A reader of a thread. */
    @Embeddable
    public record Key(@Column(name = "thread_id") long threadId, @Column(name = "user_id") long userId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_message_id", nullable = false)
    private long lastMessageId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected MessageNotice() {
    }

    public Key getKey() {
        return key;
    }

    public long getLastMessageId() {
        return lastMessageId;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
