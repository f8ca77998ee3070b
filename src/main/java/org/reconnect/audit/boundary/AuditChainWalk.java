package org.reconnect.audit.boundary;

import org.reconnect.audit.control.AuditChain;
import org.reconnect.audit.entity.AuditRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Walks the stored audit chain over JDBC in pages of {@value #PAGE} links, so a trail of any
 * length is checked in constant memory: every link with its event, then the events still waiting
 * for the linker, then that no event is outside both, then the head. Used by the admin's check,
 * and to check a restored backup.
 */
public final class AuditChainWalk {

    static final int PAGE = 1000;

    private static final String EVENT_COLUMNS = """
            e.seq, e.occurred_at, e.actor, e.action, e.outcome, e.couple_id, e.target_type, e.target_id,
            e.client_address, e.detail""";

    private AuditChainWalk() {
    }

    /**
     * Walks the chain on this connection, holding the chain head meanwhile (the linker waits;
     * pages that audit do not), and tells {@code progress} the links checked after each page.
     */
    public static AuditChain.Verification walk(Connection connection, LongConsumer progress) throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("no audit chain head");
            }
            headSeq = row.getLong(1);
            headHash = row.getString(2);
        }
        AuditChain.Walk walk = new AuditChain.Walk();
        walkLinks(connection, walk, progress);
        walkWaiting(connection, walk);
        if (!walk.broken()) {
            findUnchained(connection, walk);
        }
        return walk.end(headSeq, headHash);
    }

    private static void walkLinks(Connection connection, AuditChain.Walk walk, LongConsumer progress) throws SQLException {
        long after = 0;
        int read;
        do {
            List<Object[]> page = new ArrayList<>(PAGE);
            try (PreparedStatement links = connection.prepareStatement("SELECT l.link_no, l.event_seq, l.prev_hash, l.hash, "
                    + EVENT_COLUMNS + " FROM audit_link l LEFT JOIN audit_event e ON e.seq = l.event_seq"
                    + " WHERE l.link_no > ? ORDER BY l.link_no LIMIT " + PAGE)) {
                links.setLong(1, after);
                try (ResultSet rows = links.executeQuery()) {
                    while (rows.next()) {
                        page.add(new Object[] {rows.getLong("link_no"), rows.getLong("event_seq"), rows.getString("prev_hash"),
                                rows.getString("hash"), rows.getObject("seq") == null ? null : new EventRow(rows)});
                    }
                }
            }
            read = page.size();
            if (read == 0) {
                return;
            }
            long last = (Long) page.get(read - 1)[0];
            Map<Long, List<Long>> listed = listed(connection, """
                    SELECT c.seq, c.couple_id FROM audit_link l JOIN audit_event_couple c ON c.seq = l.event_seq
                    WHERE l.link_no > ? AND l.link_no <= ? ORDER BY c.seq, c.couple_id""", after, last);
            for (Object[] link : page) {
                EventRow event = (EventRow) link[4];
                if (!walk.link(new AuditChain.Link((Long) link[0], (Long) link[1],
                        event == null ? null : event.record(listed), (String) link[2], (String) link[3]))) {
                    return;
                }
            }
            after = last;
            progress.accept(walk.linksChecked());
        } while (read == PAGE);
    }

    private static void walkWaiting(Connection connection, AuditChain.Walk walk) throws SQLException {
        long after = 0;
        int read;
        do {
            List<EventRow> page = new ArrayList<>(PAGE);
            try (PreparedStatement waiting = connection.prepareStatement("SELECT " + EVENT_COLUMNS + ", e.content_hash"
                    + " FROM audit_pending p JOIN audit_event e ON e.seq = p.event_seq WHERE p.event_seq > ?"
                    + " ORDER BY p.event_seq LIMIT " + PAGE)) {
                waiting.setLong(1, after);
                try (ResultSet rows = waiting.executeQuery()) {
                    while (rows.next()) {
                        page.add(new EventRow(rows));
                    }
                }
            }
            read = page.size();
            if (read == 0) {
                return;
            }
            long last = page.get(read - 1).seq;
            Map<Long, List<Long>> listed = listed(connection, """
                    SELECT c.seq, c.couple_id FROM audit_pending p JOIN audit_event_couple c ON c.seq = p.event_seq
                    WHERE p.event_seq > ? AND p.event_seq <= ? ORDER BY c.seq, c.couple_id""", after, last);
            for (EventRow event : page) {
                if (!walk.waiting(event.record(listed), event.contentHash)) {
                    return;
                }
            }
            after = last;
        } while (read == PAGE);
    }

    /** An event neither linked nor waiting was put there past the trail (or its link was taken away). */
    private static void findUnchained(Connection connection, AuditChain.Walk walk) throws SQLException {
        try (PreparedStatement unchained = connection.prepareStatement("""
                SELECT e.seq FROM audit_event e
                WHERE NOT EXISTS (SELECT 1 FROM audit_link l WHERE l.event_seq = e.seq)
                  AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.event_seq = e.seq)
                ORDER BY e.seq LIMIT 1""");
             ResultSet rows = unchained.executeQuery()) {
            if (rows.next()) {
                walk.unchained(rows.getLong(1));
            }
        }
    }

    private static Map<Long, List<Long>> listed(Connection connection, String sql, long after, long last) throws SQLException {
        Map<Long, List<Long>> listed = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, after);
            select.setLong(2, last);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    listed.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getLong(2));
                }
            }
        }
        return listed;
    }

    /** An event's columns as read, before its listed couples are known. */
    private static final class EventRow {
        final long seq;
        final LocalDateTime occurredAt;
        final String actor;
        final String action;
        final String outcome;
        final Long coupleId;
        final String targetType;
        final String targetId;
        final String clientAddress;
        final String detail;
        final String contentHash;

        EventRow(ResultSet rows) throws SQLException {
            seq = rows.getLong("seq");
            occurredAt = rows.getObject("occurred_at", LocalDateTime.class);
            actor = rows.getString("actor");
            action = rows.getString("action");
            outcome = rows.getString("outcome");
            coupleId = rows.getObject("couple_id") == null ? null : rows.getLong("couple_id");
            targetType = rows.getString("target_type");
            targetId = rows.getString("target_id");
            clientAddress = rows.getString("client_address");
            detail = rows.getString("detail");
            contentHash = hasColumn(rows, "content_hash") ? rows.getString("content_hash") : null;
        }

        AuditRecord record(Map<Long, List<Long>> listed) {
            return new AuditRecord(seq, occurredAt.toInstant(ZoneOffset.UTC), actor, action, outcome, coupleId,
                    listed.getOrDefault(seq, List.of()), targetType, targetId, clientAddress, detail);
        }

        private static boolean hasColumn(ResultSet rows, String column) throws SQLException {
            var meta = rows.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (column.equalsIgnoreCase(meta.getColumnLabel(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
