package org.reconnect.couple.entity;

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
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Objects;

/** One step in a case's history: from which status to which, why, when, by whom. Never changed. */
@Entity
@Immutable
@Table(name = "case_status_change")
public class CaseStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @Column(nullable = false)
    private int episode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, length = 20)
    private CaseStatus toStatus;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    protected CaseStatusChange() {
    }

    public CaseStatusChange(Couple couple, CaseStatus from, CaseStatus to, String reason, Instant at, String by) {
        this.couple = Objects.requireNonNull(couple);
        this.episode = couple.getEpisode();
        this.fromStatus = from;
        this.toStatus = Objects.requireNonNull(to);
        this.reason = Objects.requireNonNull(reason).strip();
        this.changedAt = Objects.requireNonNull(at);
        this.changedBy = Objects.requireNonNull(by);
    }

    public Long getId() {
        return id;
    }

    public int getEpisode() {
        return episode;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
