package org.reconnect.audit.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The content of one audit event, as hashed. The time is cut to microseconds because that is
 * what the database keeps; a hash over nanoseconds could never be recomputed from a stored row.
 * {@code listedCoupleIds} are the couples a list view showed, kept sorted and without repeats,
 * so that the hash does not depend on the order in which the database returns them.
 */
public record AuditRecord(long seq, Instant occurredAt, String actor, String action, String outcome,
                          Long coupleId, List<Long> listedCoupleIds, String targetType, String targetId,
                          String clientAddress, String detail) {

    public static final int DETAIL_MAX = 1000;

    public AuditRecord {
        if (seq < 0) {
            throw new IllegalArgumentException("seq is 0 until the database numbers the event, then 1 or more");
        }
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        listedCoupleIds = listedCoupleIds == null ? List.of()
                : listedCoupleIds.stream().filter(Objects::nonNull).distinct().sorted().toList();
        actor = cut(actor, 254);
        targetType = cut(targetType, 40);
        targetId = cut(targetId, 64);
        clientAddress = cut(clientAddress, 64);
        detail = cut(detail, DETAIL_MAX);
    }

    public AuditRecord withSeq(long newSeq) {
        return new AuditRecord(newSeq, occurredAt, actor, action, outcome, coupleId, listedCoupleIds, targetType,
                targetId, clientAddress, detail);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
