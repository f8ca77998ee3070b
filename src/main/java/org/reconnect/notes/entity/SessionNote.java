package org.reconnect.notes.entity;

import org.reconnect.clinic.entity.NoteTemplate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reconnect.couple.entity.Couple;
import org.reconnect.schedule.entity.Appointment;
import org.reconnect.shared.entity.TrackedEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The note of one attended session, in the template chosen. A draft changes (and the version
 * catches two tabs saving the same draft); signing records the signer, the time and a SHA-256
 * of the content, and from then on nothing changes (the database refuses it too).
 */
@Entity
@Table(name = "session_note")
public class SessionNote extends TrackedEntity {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "appointment_id", nullable = false, updatable = false)
    private Appointment appointment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "couple_id", nullable = false, updatable = false)
    private Couple couple;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 4)
    private NoteTemplate template;

    @Column(name = "section_1", columnDefinition = "TEXT")
    private String section1;

    @Column(name = "section_2", columnDefinition = "TEXT")
    private String section2;

    @Column(name = "section_3", columnDefinition = "TEXT")
    private String section3;

    @Column(name = "section_4", columnDefinition = "TEXT")
    private String section4;

    @Column(name = "steps_addressed", length = 40)
    private String stepsAddressed;

    @Column(columnDefinition = "TEXT")
    private String interventions;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "risk_level", nullable = false, length = 10)
    private RiskLevel riskLevel = RiskLevel.NONE;

    @Column(name = "risk_text", columnDefinition = "TEXT")
    private String riskText;

    @Column(name = "next_homework", columnDefinition = "TEXT")
    private String nextHomework;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private NoteStatus status = NoteStatus.DRAFT;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by", length = 254)
    private String signedBy;

    @Column(name = "content_hash", length = 64, columnDefinition = "CHAR(64)")
    private String contentHash;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "session_note_entry", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "entry_id", nullable = false)
    private Set<Long> reviewedEntries = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "session_note_message", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "message_id", nullable = false)
    private Set<Long> reviewedMessages = new HashSet<>();

    protected SessionNote() {
    }

    public SessionNote(Appointment appointment, NoteTemplate template) {
        this.appointment = Objects.requireNonNull(appointment);
        this.couple = appointment.getCouple();
        this.template = Objects.requireNonNull(template);
    }

    /** Replaces the draft's content (checked by the caller). */
    public void write(NoteContent content, Set<Long> entries, Set<Long> messages) {
        requireDraft();
        if (content.template() != template) {
            throw new IllegalArgumentException("note.templateFixed");
        }
        section1 = content.section1();
        section2 = content.section2();
        section3 = content.section3();
        section4 = content.section4();
        stepsAddressed = content.stepsAddressed();
        interventions = content.interventions();
        riskLevel = content.riskLevel();
        riskText = content.riskText();
        nextHomework = content.nextHomework();
        reviewedEntries.retainAll(entries);
        reviewedEntries.addAll(entries);
        reviewedMessages.retainAll(messages);
        reviewedMessages.addAll(messages);
    }

    /**
     * Why a page may not write the note: {@code note.signed} once it is signed (a signed note
     * never changes), {@code note.conflict} when it was saved since the page read it at
     * {@code expectedVersion} (that page would overwrite the newer save); empty when it may.
     */
    public Optional<String> writeRefusal(long expectedVersion) {
        if (isSigned()) {
            return Optional.of("note.signed");
        }
        if (getVersion() != expectedVersion) {
            return Optional.of("note.conflict");
        }
        return Optional.empty();
    }

    /** Signs: final. The hash covers the content, the reviewed entries and messages, the signer and the time. */
    public void sign(String by, Instant at) {
        requireDraft();
        signedBy = Objects.requireNonNull(by);
        // whole seconds: the time is stored, shown and hashed exactly alike
        signedAt = at.truncatedTo(ChronoUnit.SECONDS);
        contentHash = content().hash(appointment.getId(), Set.copyOf(reviewedEntries), Set.copyOf(reviewedMessages), signedBy, signedAt);
        status = NoteStatus.SIGNED;
    }

    /** Whether the stored content still matches the hash taken when it was signed. */
    public boolean hashMatches() {
        return status == NoteStatus.SIGNED
                && content().hash(appointment.getId(), Set.copyOf(reviewedEntries), Set.copyOf(reviewedMessages), signedBy, signedAt).equals(contentHash);
    }

    private void requireDraft() {
        if (status != NoteStatus.DRAFT) {
            throw new IllegalStateException("note.signed");
        }
    }

    public NoteContent content() {
        return new NoteContent(template, section1, section2, section3, section4, stepsAddressed, interventions, riskLevel,
                riskText, nextHomework);
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public Couple getCouple() {
        return couple;
    }

    public NoteTemplate getTemplate() {
        return template;
    }

    public NoteStatus getStatus() {
        return status;
    }

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
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

    public Set<Long> getReviewedMessages() {
        return Collections.unmodifiableSet(reviewedMessages);
    }

    public Set<Long> getReviewedEntries() {
        return Collections.unmodifiableSet(reviewedEntries);
    }
}
