package org.reconnect.audit.control;

import org.reconnect.audit.entity.AuditRecord;

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

    /** The link hash: the previous link's hash and the whole event, its number included. */
    public static String hash(String prevHash, AuditRecord record) {
        Objects.requireNonNull(prevHash, "prevHash");
        StringBuilder canonical = new StringBuilder(256).append(prevHash).append('|');
        field(canonical, Long.toString(record.seq()));
        return sha256(content(canonical, record));
    }

    /**
     * The hash an event carries from its insert until it is linked: its content without its
     * number (which the database draws only as the row is inserted).
     */
    public static String contentHash(AuditRecord record) {
        return sha256(content(new StringBuilder(256).append("content|"), record));
    }

    private static String content(StringBuilder canonical, AuditRecord record) {
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
        return canonical.toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
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

    /**
     * A stored link as the verifier sees it, with its event; {@code record} is {@code null} when
     * the event row the link names is gone.
     */
    public record Link(long linkNo, long eventSeq, AuditRecord record, String prevHash, String hash) {

        /** A link whose number is its event's, as every event before links were kept apart had. */
        public Link(AuditRecord record, String prevHash, String hash) {
            this(record.seq(), record.seq(), record, prevHash, hash);
        }
    }

    public enum Problem {
        /** An event's content no longer matches its hash: it was edited. */
        ALTERED,
        /** A link does not follow the one before: links were removed or inserted before it. */
        BROKEN_LINK,
        /** The event a link names is gone. */
        REMOVED,
        /** An event is neither in the chain nor waiting for it: it was inserted past the trail, or its link removed. */
        UNCHAINED,
        /** The newest links are missing, or links were added without the chain head. */
        HEAD_MISMATCH
    }

    /** The outcome of a walk over the chain; {@code firstBadSeq} (an event's number) is 0 when intact. */
    public record Verification(boolean intact, long checkedRows, long firstBadSeq, Problem problem) {

        static Verification ok(long rows) {
            return new Verification(true, rows, 0, null);
        }

        static Verification broken(long rows, long seq, Problem problem) {
            return new Verification(false, rows, seq, problem);
        }
    }

    /**
     * Walks the stored links in ascending link number and compares the end with the chain head.
     *
     * @param links    every link, ordered by link number
     * @param headSeq  the link number the chain head remembers
     * @param headHash the hash the chain head remembers
     */
    public static Verification verify(Iterator<Link> links, long headSeq, String headHash) {
        Walk walk = new Walk();
        while (links.hasNext() && walk.link(links.next())) {
            // the walk stops at the first problem
        }
        return walk.end(headSeq, headHash);
    }

    /**
     * A walk fed one link at a time (so a chain of any length is checked in constant memory),
     * then the events still waiting for their link, then the head.
     */
    public static final class Walk {

        private String expectedPrev = GENESIS;
        private long expectedLink = 1;
        private long checked;
        private Verification failure;

        /** Checks the next link; false once the chain is broken (the rest need not be read). */
        public boolean link(Link link) {
            if (failure != null) {
                return false;
            }
            if (link.linkNo() != expectedLink || !expectedPrev.equals(link.prevHash())) {
                return fail(link.eventSeq(), Problem.BROKEN_LINK);
            }
            if (link.record() == null) {
                return fail(link.eventSeq(), Problem.REMOVED);
            }
            if (link.record().seq() != link.eventSeq() || !hash(link.prevHash(), link.record()).equals(link.hash())) {
                return fail(link.eventSeq(), Problem.ALTERED);
            }
            expectedPrev = link.hash();
            expectedLink++;
            checked++;
            return true;
        }

        /** Checks an event that waits for its link against the hash it was written with. */
        public boolean waiting(AuditRecord record, String contentHash) {
            if (failure != null) {
                return false;
            }
            if (contentHash == null || !contentHash(record).equals(contentHash)) {
                return fail(record.seq(), Problem.ALTERED);
            }
            checked++;
            return true;
        }

        /** Records an event found neither in the chain nor waiting for it. */
        public void unchained(long eventSeq) {
            if (failure == null) {
                fail(eventSeq, Problem.UNCHAINED);
            }
        }

        /** The links walked so far. */
        public long linksChecked() {
            return expectedLink - 1;
        }

        public boolean broken() {
            return failure != null;
        }

        /** The outcome, once the last link ended at the head the chain remembers (or not). */
        public Verification end(long headSeq, String headHash) {
            if (failure != null) {
                return failure;
            }
            if (headSeq != expectedLink - 1 || !expectedPrev.equals(headHash)) {
                return Verification.broken(checked, expectedLink, Problem.HEAD_MISMATCH);
            }
            return Verification.ok(checked);
        }

        private boolean fail(long seq, Problem problem) {
            failure = Verification.broken(checked, seq, problem);
            return false;
        }
    }
}
