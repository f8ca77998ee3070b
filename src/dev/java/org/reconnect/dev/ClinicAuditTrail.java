package org.reconnect.dev;

import org.reconnect.audit.control.AuditChain;
import org.reconnect.audit.entity.AuditRecord;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The audit trail of the generated clinic. Events are collected in any order while the clinic's
 * history is made up, then numbered in order of time and chained with the product's own
 * {@link AuditChain}, so that the audit report's tamper check finds the trail intact.
 */
final class ClinicAuditTrail {

    /** One event as collected: compact, because a large clinic collects a few million. */
    private record Event(long epochSecond, String actor, AuditAction action, Long coupleId, long[] listed,
                         String targetType, Long targetId, String detail) {
    }

    /** Where the chain ends: what {@code audit_chain_head} must remember. */
    record Head(long lastSeq, String lastHash) {
    }

    private final List<Event> events = new ArrayList<>();

    void add(Instant at, String actor, AuditAction action, Long coupleId, String targetType, Long targetId, String detail) {
        events.add(new Event(at.getEpochSecond(), actor, action, coupleId, null, targetType, targetId, detail));
    }

    /** A list view (a caseload page) that showed these couples. */
    void addListing(Instant at, String actor, AuditAction action, long[] coupleIds, String detail) {
        events.add(new Event(at.getEpochSecond(), actor, action, null, coupleIds, "COUPLE_LIST", null, detail));
    }

    int size() {
        return events.size();
    }

    /** Numbers the events by time (seq 1..n), chains them and writes them; returns the head. */
    Head writeTo(ClinicRows rows) {
        events.sort(Comparator.comparingLong(Event::epochSecond));
        String prev = AuditChain.GENESIS;
        long seq = 0;
        for (Event e : events) {
            seq++;
            List<Long> listed = e.listed() == null ? List.of() : java.util.Arrays.stream(e.listed()).boxed().toList();
            AuditRecord record = new AuditRecord(seq, Instant.ofEpochSecond(e.epochSecond()), e.actor(), e.action().name(),
                    AuditOutcome.SUCCESS.name(), e.coupleId(), listed, e.targetType(),
                    e.targetId() == null ? null : e.targetId().toString(), clientAddress(e.actor()), e.detail());
            prev = write(rows, record, prev);
        }
        events.clear();
        return new Head(seq, prev);
    }

    /**
     * Writes one event of the chain and returns its hash, the next event's previous hash. The one
     * place that knows how the trail is stored.
     */
    static String write(ClinicRows rows, AuditRecord record, String prevHash) {
        String hash = AuditChain.hash(prevHash, record);
        rows.add("audit_event", record.seq(), LocalDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC), record.actor(),
                record.action(), record.outcome(), record.coupleId(), record.targetType(), record.targetId(),
                record.clientAddress(), record.detail(), AuditChain.contentHash(record));
        // every event is linked at once, in the order of its number (link_no = seq)
        rows.add("audit_link", record.seq(), record.seq(), prevHash, hash);
        for (Long couple : record.listedCoupleIds()) {
            rows.add("audit_event_couple", record.seq(), couple);
        }
        return hash;
    }

    /** Each person signs in from an address of their own (documentation range, RFC 5737). */
    private static String clientAddress(String actor) {
        if ("reconnect".equals(actor) || "system".equals(actor)) {
            return null;
        }
        int h = actor.hashCode() & 0xffff;
        return "198.51." + (h >> 8) + "." + (h & 0xff);
    }
}
