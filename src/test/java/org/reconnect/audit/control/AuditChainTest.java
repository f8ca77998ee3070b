package org.reconnect.audit.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00.123456789Z");

    /** Appends rows the way the boundary does: each hash over the previous one. */
    private static List<AuditChain.Link> chainOf(int rows) {
        List<AuditChain.Link> links = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int seq = 1; seq <= rows; seq++) {
            AuditRecord record = new AuditRecord(seq, T0.plusSeconds(seq), "maya@demo.test", "VIEW_COUPLE", "SUCCESS",
                    (long) seq, List.of(), "COUPLE", Integer.toString(seq), "127.0.0.1", "access CLINICAL");
            String hash = AuditChain.hash(prev, record);
            links.add(new AuditChain.Link(record, prev, hash));
            prev = hash;
        }
        return links;
    }

    private static String last(List<AuditChain.Link> links) {
        return links.get(links.size() - 1).hash();
    }

    @Test
    void untouchedChainVerifiesIntact() {
        List<AuditChain.Link> links = chainOf(5);

        AuditChain.Verification result = AuditChain.verify(links.iterator(), 5, last(links));

        assertTrue(result.intact());
        assertEquals(5, result.checkedRows());
    }

    @Test
    void emptyChainVerifiesAgainstTheGenesisHead() {
        assertTrue(AuditChain.verify(List.<AuditChain.Link>of().iterator(), 0, AuditChain.GENESIS).intact());
    }

    @Test
    void editedRowIsDetectedAtThatRow() {
        List<AuditChain.Link> links = chainOf(5);
        AuditChain.Link original = links.get(2);
        AuditRecord r = original.record();
        AuditRecord edited = new AuditRecord(r.seq(), r.occurredAt(), "someone-else@demo.test", r.action(), r.outcome(),
                r.coupleId(), r.listedCoupleIds(), r.targetType(), r.targetId(), r.clientAddress(), r.detail());
        links.set(2, new AuditChain.Link(edited, original.prevHash(), original.hash()));

        AuditChain.Verification result = AuditChain.verify(links.iterator(), 5, last(links));

        assertFalse(result.intact());
        assertEquals(3, result.firstBadSeq());
        assertEquals(AuditChain.Problem.ALTERED, result.problem());
    }

    @Test
    void editedRowWithRecomputedHashBreaksTheNextLink() {
        List<AuditChain.Link> links = chainOf(5);
        AuditChain.Link original = links.get(1);
        AuditRecord r = original.record();
        AuditRecord edited = new AuditRecord(r.seq(), r.occurredAt(), r.actor(), r.action(), "DENIED",
                r.coupleId(), r.listedCoupleIds(), r.targetType(), r.targetId(), r.clientAddress(), r.detail());
        links.set(1, new AuditChain.Link(edited, original.prevHash(), AuditChain.hash(original.prevHash(), edited)));

        AuditChain.Verification result = AuditChain.verify(links.iterator(), 5, last(links));

        assertFalse(result.intact());
        assertEquals(3, result.firstBadSeq());
        assertEquals(AuditChain.Problem.BROKEN_LINK, result.problem());
    }

    @Test
    void removedRowIsDetectedAtTheRowAfterIt() {
        List<AuditChain.Link> links = chainOf(5);
        links.remove(2);

        AuditChain.Verification result = AuditChain.verify(links.iterator(), 5, last(links));

        assertFalse(result.intact());
        assertEquals(4, result.firstBadSeq());
        assertEquals(AuditChain.Problem.BROKEN_LINK, result.problem());
    }

    @Test
    void removedNewestRowIsDetectedByTheChainHead() {
        List<AuditChain.Link> links = chainOf(5);
        String headHash = last(links);
        links.remove(4);

        AuditChain.Verification result = AuditChain.verify(links.iterator(), 5, headHash);

        assertFalse(result.intact());
        assertEquals(AuditChain.Problem.HEAD_MISMATCH, result.problem());
    }

    @Test
    void insertedRowIsDetected() {
        List<AuditChain.Link> links = chainOf(5);
        AuditChain.Link before = links.get(1);
        AuditRecord forged = new AuditRecord(3, T0, "admin@demo.test", "LOGIN", "SUCCESS", null, List.of(), null, null, null, null);
        links.add(2, new AuditChain.Link(forged, before.hash(), AuditChain.hash(before.hash(), forged)));

        AuditChain.Verification result = AuditChain.verify(links.iterator(), 5, last(links));

        assertFalse(result.intact());
        assertEquals(AuditChain.Problem.BROKEN_LINK, result.problem());
        assertEquals(3, result.firstBadSeq());
    }

    @Test
    void hashCoversEveryFieldAndTellsNullFromEmpty() {
        AuditRecord withNull = new AuditRecord(1, T0, "a", "LOGIN", "SUCCESS", null, List.of(), null, null, null, null);
        AuditRecord withEmpty = new AuditRecord(1, T0, "a", "LOGIN", "SUCCESS", null, List.of(), "", null, null, null);
        AuditRecord shifted = new AuditRecord(1, T0, "a", "LOGIN", "SUCCESS", null, List.of(), null, null, null, "");

        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, withNull), AuditChain.hash(AuditChain.GENESIS, withEmpty));
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, withEmpty), AuditChain.hash(AuditChain.GENESIS, shifted));
    }

    @Test
    void listedCouplesArePartOfTheHashInAnyOrder() {
        AuditRecord listed = new AuditRecord(1, T0, "maya@demo.test", "VIEW_CASELOAD", "SUCCESS", null,
                List.of(4L, 1L, 3L), "COUPLE_LIST", null, null, null);
        AuditRecord sameInOtherOrder = new AuditRecord(1, T0, "maya@demo.test", "VIEW_CASELOAD", "SUCCESS", null,
                List.of(1L, 3L, 4L, 3L), "COUPLE_LIST", null, null, null);
        AuditRecord oneLess = new AuditRecord(1, T0, "maya@demo.test", "VIEW_CASELOAD", "SUCCESS", null,
                List.of(1L, 3L), "COUPLE_LIST", null, null, null);

        assertEquals(List.of(1L, 3L, 4L), listed.listedCoupleIds());
        assertEquals(AuditChain.hash(AuditChain.GENESIS, listed), AuditChain.hash(AuditChain.GENESIS, sameInOtherOrder));
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, listed), AuditChain.hash(AuditChain.GENESIS, oneLess));
    }

    @Test
    void timeIsKeptToTheMicrosecondLikeTheDatabase() {
        AuditRecord record = new AuditRecord(1, T0, "a", "LOGIN", "SUCCESS", null, List.of(), null, null, null, null);

        assertEquals(Instant.parse("2026-11-26T09:00:00.123456Z"), record.occurredAt());
    }

    @Test
    void overlongDetailIsCutToTheColumnSize() {
        AuditRecord record = new AuditRecord(1, T0, "a", "LOGIN", "SUCCESS", null, List.of(), null, null, null, "x".repeat(5000));

        assertEquals(AuditRecord.DETAIL_MAX, record.detail().length());
    }
}
