package org.reconnect.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;

import java.time.Instant;

/**
 * One of a couple's three threads: the joint one (both partners and the treating therapist, no
 * partner) or one partner's own with the therapist. Which people read it follows from this, and
 * from who treats the couple now; the thread itself never changes (no setter; sending locks its row
 * so that two messages sent at once land one after the other).
 */
@Entity
@Table(name = "message_thread")
public class MessageThread {

    public static final String JOINT = "joint";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "couple_id", nullable = false, updatable = false)
    private Couple couple;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", updatable = false)
    private Partner partner;

    @Column(name = "thread_key", nullable = false, updatable = false, length = 30)
    private String threadKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MessageThread() {
    }

    /** The key of a couple's thread: {@code joint}, or {@code partner:<id>} for one partner's own. */
    public static String keyOf(Long partnerId) {
        return partnerId == null ? JOINT : "partner:" + partnerId;
    }

    public Long getId() {
        return id;
    }

    public Couple getCouple() {
        return couple;
    }

    /** The partner whose own thread this is; {@code null} for the joint thread. */
    public Partner getPartner() {
        return partner;
    }

    public boolean isJoint() {
        return partner == null;
    }

    public String getThreadKey() {
        return threadKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
