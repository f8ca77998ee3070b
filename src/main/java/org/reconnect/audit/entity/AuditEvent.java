package org.reconnect.audit.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.reconnect.audit.control.AuditRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of the audit trail: who did what to which couple's data, when, from where, and how it
 * ended. Immutable in the mapping and append-only in the database (triggers refuse UPDATE and
 * DELETE). {@code hash} chains it to the row before; see {@code AuditChain}.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private long seq;

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

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(AuditRecord record, String prevHash, String hash) {
        this.seq = record.seq();
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
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public AuditRecord toRecord() {
        return new AuditRecord(seq, occurredAt, actor, action, outcome, coupleId, listedCoupleIds, targetType,
                targetId, clientAddress, detail);
    }

    public long getSeq() {
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

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
