package org.reconnect.audit.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of the audit trail: who did what to which couple's data, when, from where, and how it
 * ended. Immutable in the mapping and append-only in the database (triggers refuse UPDATE and
 * DELETE). Its number ({@code seq}) is drawn when it is persisted; {@code contentHash}
 * covers it until the linker chains it ({@link AuditLink}); see {@code AuditChain}.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    static final int NUMBERS_PER_BLOCK = 50;

    /** Numbers come a block of {@value #NUMBERS_PER_BLOCK} at a time, so a page's events are inserted as one batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_event_number")
    @TableGenerator(name = "audit_event_number", table = "audit_event_number", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "audit_event", allocationSize = NUMBERS_PER_BLOCK)
    private Long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 20)
    private String outcome;

    @Column(name = "couple_id")
    private Long coupleId;

    /** The couples a list view showed (table audit_event_couple), ascending. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "audit_event_couple", joinColumns = @JoinColumn(name = "seq"))
    @Column(name = "couple_id", nullable = false)
    @OrderBy
    private List<Long> listedCoupleIds = new ArrayList<>();

    @Column(name = "target_type", length = 40)
    private String targetType;

    @Column(name = "target_id", length = 64)
    private String targetId;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(length = 1000)
    private String detail;

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    protected AuditEvent() {
    }

    /** A new event; its {@code seq} is drawn when it is persisted (the record's is ignored). */
    public AuditEvent(AuditRecord record, String contentHash) {
        this.occurredAt = record.occurredAt();
        this.actor = record.actor();
        this.action = record.action();
        this.outcome = record.outcome();
        this.coupleId = record.coupleId();
        this.listedCoupleIds = new ArrayList<>(record.listedCoupleIds());
        this.targetType = record.targetType();
        this.targetId = record.targetId();
        this.clientAddress = record.clientAddress();
        this.detail = record.detail();
        this.contentHash = contentHash;
    }

    public AuditRecord toRecord() {
        return new AuditRecord(seq, occurredAt, actor, action, outcome, coupleId, listedCoupleIds, targetType,
                targetId, clientAddress, detail);
    }

    public Long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getOutcome() {
        return outcome;
    }

    public Long getCoupleId() {
        return coupleId;
    }

    public List<Long> getListedCoupleIds() {
        return Collections.unmodifiableList(listedCoupleIds);
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }

    public String getContentHash() {
        return contentHash;
    }
}
