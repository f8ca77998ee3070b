package org.reconnect.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that remembers the newest link of the audit chain ({@code last_seq} is its link
 * number). Only the linker locks it, once for many events, which gives every event its place in
 * one total order and lets a check notice links cut off the end.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }

    public void advance(long seq, String hash) {
        if (seq != lastSeq + 1) {
            throw new IllegalStateException("audit chain must advance by one, from " + lastSeq + " to " + seq);
        }
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
