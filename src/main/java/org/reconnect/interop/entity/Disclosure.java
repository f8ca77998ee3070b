package org.reconnect.interop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One export of a couple's record, or of one partner's, as the accounting of disclosures lists
 * it: who made it, when, for whom and why, what it held, and the SHA-256 of the file handed out.
 * Never changed or removed (the database refuses both).
 */
@Entity
@Table(name = "disclosure")
public class Disclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "couple_id", nullable = false)
    private long coupleId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "disclosed_at", nullable = false)
    private Instant disclosedAt;

    @Column(name = "disclosed_by", nullable = false, length = 254)
    private String disclosedBy;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String purpose;

    @Column(nullable = false, length = 300)
    private String content;

    @Column(name = "file_hash", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String fileHash;

    protected Disclosure() {
    }

    public Disclosure(long coupleId, Long partnerId, Instant at, String by, String recipient, String purpose,
                      String content, String fileHash) {
        this.coupleId = coupleId;
        this.partnerId = partnerId;
        this.disclosedAt = Objects.requireNonNull(at);
        this.disclosedBy = Objects.requireNonNull(by);
        this.recipient = Objects.requireNonNull(recipient);
        this.purpose = Objects.requireNonNull(purpose);
        this.content = Objects.requireNonNull(content);
        this.fileHash = Objects.requireNonNull(fileHash);
    }

    public Long getId() {
        return id;
    }

    public long getCoupleId() {
        return coupleId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Instant getDisclosedAt() {
        return disclosedAt;
    }

    public String getDisclosedBy() {
        return disclosedBy;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getContent() {
        return content;
    }

    public String getFileHash() {
        return fileHash;
    }
}
