package org.reconnect.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Objects;

/**
 * A message in a thread: part of the clinical record, so its text never changes and it is never
 * removed (the database refuses both). Its author may withdraw it once: the thread then shows
 * that a message was withdrawn, and the text stays for the record.
 */
@Entity
@Table(name = "message")
public class Message {

    /** Who wrote it, as the thread shows it. */
    public enum AuthorRole { PARTNER, THERAPIST }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "thread_id", nullable = false, updatable = false)
    private MessageThread thread;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, updatable = false, length = 120)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "author_role", nullable = false, updatable = false, length = 10)
    private AuthorRole authorRole;

    @Column(nullable = false, updatable = false, length = 4000)
    private String body;

    @Column(name = "client_key", nullable = false, updatable = false, length = 64)
    private String clientKey;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Message() {
    }

    /** A message as sent; {@code body} is already checked ({@code MessageText}). */
    public Message(MessageThread thread, long authorId, String authorName, AuthorRole authorRole, String body, String clientKey,
                   Instant sentAt) {
        this.thread = Objects.requireNonNull(thread);
        this.authorId = authorId;
        this.authorName = Objects.requireNonNull(authorName);
        this.authorRole = Objects.requireNonNull(authorRole);
        this.body = Objects.requireNonNull(body);
        this.clientKey = Objects.requireNonNull(clientKey);
        this.sentAt = Objects.requireNonNull(sentAt);
    }

    /** Withdraws it (once): the thread shows that it was withdrawn; the text stays on record. */
    public void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = Objects.requireNonNull(at);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public MessageThread getThread() {
        return thread;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public AuthorRole getAuthorRole() {
        return authorRole;
    }

    public String getBody() {
        return body;
    }

    public String getClientKey() {
        return clientKey;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
