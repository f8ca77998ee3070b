package org.reconnect.audit.control;

import org.reconnect.audit.entity.AuditRecord;
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

    @Test
    void aWaitingEventIsCheckedAgainstItsContentHash() {
        AuditRecord waiting = new AuditRecord(7, T0, "sam@demo.test", "VIEW_PORTAL_HOME", "SUCCESS", 3L, List.of(4L, 2L),
                null, null, "127.0.0.1", null);
        String written = AuditChain.contentHash(waiting);
        AuditRecord edited = new AuditRecord(7, T0, "sam@demo.test", "VIEW_PORTAL_HOME", "DENIED", 3L, List.of(2L, 4L),
                null, null, "127.0.0.1", null);

        AuditChain.Walk intact = new AuditChain.Walk();
        assertTrue(intact.waiting(waiting, written));
        assertTrue(intact.end(0, AuditChain.GENESIS).intact());

        AuditChain.Walk altered = new AuditChain.Walk();
        assertFalse(altered.waiting(edited, written));
        AuditChain.Verification result = altered.end(0, AuditChain.GENESIS);
        assertEquals(7, result.firstBadSeq());
        assertEquals(AuditChain.Problem.ALTERED, result.problem());
    }

    @Test
    void theContentHashLeavesOutTheNumberTheLinkHashKeeps() {
        AuditRecord record = chainOf(1).get(0).record();

        assertEquals(AuditChain.contentHash(record), AuditChain.contentHash(record.withSeq(99)),
                "the number is drawn only as the row is inserted");
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, record), AuditChain.hash(AuditChain.GENESIS, record.withSeq(99)));
    }

    @Test
    void anEventOutsideTheChainIsNamed() {
        List<AuditChain.Link> links = chainOf(3);
        AuditChain.Walk walk = new AuditChain.Walk();
        links.forEach(walk::link);

        walk.unchained(42);

        AuditChain.Verification result = walk.end(3, last(links));
        assertFalse(result.intact());
        assertEquals(42, result.firstBadSeq());
        assertEquals(AuditChain.Problem.UNCHAINED, result.problem());
    }

    @Test
    void aLinkWhoseEventIsGoneNamesThatEvent() {
        List<AuditChain.Link> links = chainOf(4);
        AuditChain.Link gone = links.get(2);
        links.set(2, new AuditChain.Link(gone.linkNo(), gone.eventSeq(), null, gone.prevHash(), gone.hash()));

        AuditChain.Verification result = AuditChain.verify(links.iterator(), 4, last(links));

        assertEquals(3, result.firstBadSeq());
        assertEquals(AuditChain.Problem.REMOVED, result.problem());
    }

    @Test
    void linksFollowTheirOwnNumbersNotTheEvents() {
        // events committed out of their numbers' order are linked in the order the linker took them
        List<AuditChain.Link> links = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        long[] events = {5, 3, 9};
        for (int i = 0; i < events.length; i++) {
            AuditRecord record = new AuditRecord(events[i], T0.plusSeconds(i), "maya@demo.test", "VIEW_COUPLE", "SUCCESS",
                    null, List.of(), null, null, null, null);
            String hash = AuditChain.hash(prev, record);
            links.add(new AuditChain.Link(i + 1, events[i], record, prev, hash));
            prev = hash;
        }

        assertTrue(AuditChain.verify(links.iterator(), 3, prev).intact());
        AuditChain.Link second = links.get(1);
        links.set(1, new AuditChain.Link(second.linkNo(), 4, second.record(), second.prevHash(), second.hash()));
        assertEquals(AuditChain.Problem.ALTERED, AuditChain.verify(links.iterator(), 3, prev).problem(),
                "a link that names another event than the one hashed");
    }
}
