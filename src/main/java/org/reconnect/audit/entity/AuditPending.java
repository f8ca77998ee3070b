package org.reconnect.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event written and committed, waiting for the linker to chain it. */
@Entity
@Table(name = "audit_pending")
public class AuditPending {

    @Id
    @Column(name = "event_seq")
    private long eventSeq;

    protected AuditPending() {
    }

    public AuditPending(long eventSeq) {
        this.eventSeq = eventSeq;
    }

    public long getEventSeq() {
        return eventSeq;
    }
}
