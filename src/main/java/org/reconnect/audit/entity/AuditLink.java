package org.reconnect.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One link of the audit chain: the event it takes in, the hash of the link before and its own
 * hash over both. Written by the linker only; append-only in the database.
 */
@Entity
@Immutable
@Table(name = "audit_link")
public class AuditLink {

    @Id
    @Column(name = "link_no")
    private long linkNo;

    @Column(name = "event_seq", nullable = false)
    private long eventSeq;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditLink() {
    }

    public AuditLink(long linkNo, long eventSeq, String prevHash, String hash) {
        this.linkNo = linkNo;
        this.eventSeq = eventSeq;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public long getLinkNo() {
        return linkNo;
    }

    public long getEventSeq() {
        return eventSeq;
    }

    public String getHash() {
        return hash;
    }
}
