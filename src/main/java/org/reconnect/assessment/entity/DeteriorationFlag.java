package org.reconnect.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Whether a couple's questionnaires show a reliable deterioration: someone's latest valid response
 * to an instrument against their first. Worked out when a response is submitted or marked entered
 * in error, in that transaction, so that lists read it instead of scoring answers on every view.
 * A couple without a row has no valid response (or none yet worked out: the server works those
 * out when it starts). Written only by native statements that lock the row; read by queries.
 */
@Entity
@Table(name = "couple_assessment_flag")
public class DeteriorationFlag {

    @Id
    @Column(name = "couple_id")
    private Long coupleId;

    @Column(nullable = false)
    private boolean deteriorated;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected DeteriorationFlag() {
    }

    public Long getCoupleId() {
        return coupleId;
    }

    public boolean isDeteriorated() {
        return deteriorated;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
