package org.reconnect.notes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A dated correction under a signed note, signed on its own when it is written; never changed. */
@Entity
@Immutable
@Table(name = "note_addendum")
public class NoteAddendum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "note_id", nullable = false)
    private SessionNote note;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "signed_by", nullable = false, length = 254)
    private String signedBy;

    @Column(name = "content_hash", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String contentHash;

    protected NoteAddendum() {
    }

    public NoteAddendum(SessionNote note, String text, String by, Instant at) {
        if (!note.isSigned()) {
            throw new IllegalStateException("note.notSigned");
        }
        this.note = note;
        this.text = Objects.requireNonNull(text);
        this.signedBy = Objects.requireNonNull(by);
        // whole seconds: the time is stored, shown and hashed exactly alike
        this.signedAt = at.truncatedTo(ChronoUnit.SECONDS);
        this.contentHash = NoteContent.addendumHash(note.getContentHash(), text, by, signedAt);
    }

    public boolean hashMatches() {
        return NoteContent.addendumHash(note.getContentHash(), text, signedBy, signedAt).equals(contentHash);
    }

    public Long getId() {
        return id;
    }

    public SessionNote getNote() {
        return note;
    }

    public String getText() {
        return text;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getContentHash() {
        return contentHash;
    }
}
