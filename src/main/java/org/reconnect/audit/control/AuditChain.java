package org.reconnect.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The tamper-evidence of the audit trail. Each event's hash is SHA-256 over the previous hash and
 * an unambiguous encoding of the event (every field length-prefixed, null distinct from empty),
 * so changing any field of any row, removing a row, inserting one or cutting rows off the end
 * breaks the chain at a row that {@link #verify} names.
 */
public final class AuditChain {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, AuditRecord record) {
        Objects.requireNonNull(prevHash, "prevHash");
        StringBuilder canonical = new StringBuilder(256).append(prevHash).append('|');
        field(canonical, Long.toString(record.seq()));
        field(canonical, record.occurredAt().toString());
        field(canonical, record.actor());
        field(canonical, record.action());
        field(canonical, record.outcome());
        field(canonical, record.coupleId() == null ? null : record.coupleId().toString());
        field(canonical, record.listedCoupleIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        field(canonical, record.targetType());
        field(canonical, record.targetId());
        field(canonical, record.clientAddress());
        field(canonical, record.detail());
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }

    /** A stored row as the verifier sees it. */
    public record Link(AuditRecord record, String prevHash, String hash) {
    }

    public enum Problem {
        /** A row's content no longer matches its hash: it was edited. */
        ALTERED,
        /** A row does not follow the one before: rows were removed or inserted before it. */
        BROKEN_LINK,
        /** The newest rows are missing, or rows were added without the chain head. */
        HEAD_MISMATCH
    }

    /** The outcome of a walk over the chain; {@code firstBadSeq} is 0 when intact. */
    public record Verification(boolean intact, long checkedRows, long firstBadSeq, Problem problem) {

        static Verification ok(long rows) {
            return new Verification(true, rows, 0, null);
        }

        static Verification broken(long rows, long seq, Problem problem) {
            return new Verification(false, rows, seq, problem);
        }
    }

    /**
     * Walks the stored rows in ascending {@code seq} and compares the end with the chain head.
     *
     * @param rows     every row, ordered by seq
     * @param headSeq  the seq the chain head remembers
     * @param headHash the hash the chain head remembers
     */
    public static Verification verify(Iterator<Link> rows, long headSeq, String headHash) {
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (rows.hasNext()) {
            Link row = rows.next();
            long seq = row.record().seq();
            if (seq != expectedSeq || !expectedPrev.equals(row.prevHash())) {
                return Verification.broken(checked, seq, Problem.BROKEN_LINK);
            }
            if (!hash(row.prevHash(), row.record()).equals(row.hash())) {
                return Verification.broken(checked, seq, Problem.ALTERED);
            }
            expectedPrev = row.hash();
            expectedSeq++;
            checked++;
        }
        if (headSeq != expectedSeq - 1 || !expectedPrev.equals(headHash)) {
            return Verification.broken(checked, expectedSeq, Problem.HEAD_MISMATCH);
        }
        return Verification.ok(checked);
    }
}
