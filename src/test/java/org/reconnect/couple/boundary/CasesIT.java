package org.reconnect.couple.boundary;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;
import org.reconnect.testsupport.container.Statements;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access rules of the couple boundary, against the real deployment and database, with the
 * demo clinic: Maya has RC-2026-0001/0003/0004 open (and RC-2025-0042 discharged), Omar has
 * RC-2026-0002/0005/0009, Alex and Sam are the partners of RC-2026-0001.
 */
@ExtendWith(ArquillianExtension.class)
class CasesIT {

    private static final long MISSING_ID = 987_654_321L;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(CasesIT.class);
    }

    /** Looked up in the test, never in a field initializer: Arquillian also creates the test on the client. */
    private static Cases cases() {
        return Deployed.boundary(Cases.class);
    }

    @Test
    void therapistSeesOnlyTheirOwnOpenCouples() throws Exception {
        List<CaseRow> caseload = RunAs.user("maya@demo.test", () -> cases().caseloadRows(PageRequest.firstPage(100)));
        long mayasOpenCouples = Deployed.number("""
                SELECT COUNT(*) FROM couple c JOIN therapist t ON t.id = c.therapist_id JOIN user_account u ON u.id = t.user_id
                WHERE u.email = 'maya@demo.test' AND c.status <> 'DISCHARGED'""");

        List<String> numbers = caseload.stream().map(CaseRow::caseNumber).toList();
        assertTrue(numbers.containsAll(List.of("RC-2026-0001", "RC-2026-0003", "RC-2026-0004")), numbers.toString());
        assertFalse(numbers.contains("RC-2026-0002"), "Omar's couple");
        assertFalse(numbers.contains("RC-2025-0042"), "discharged couples are not in the open caseload");
        assertEquals(mayasOpenCouples, caseload.size());
        assertEquals(mayasOpenCouples, RunAs.user("maya@demo.test", () -> cases().caseloadCount(Map.of())));
        assertEquals("Alex Morgan & Samantha Reyes",
                caseload.stream().filter(r -> r.caseNumber().equals("RC-2026-0001")).findFirst().orElseThrow().partnerNames());
    }

    @Test
    void caseloadSearchAndFlagFiltersNarrowTheList() throws Exception {
        List<CaseRow> search = RunAs.user("maya@demo.test",
                () -> cases().caseloadRows(new PageRequest(0, 25, null, true, Map.of("search", "nash"))));
        List<CaseRow> flagged = RunAs.user("maya@demo.test",
                () -> cases().caseloadRows(new PageRequest(0, 25, null, true, Map.of("flagged", "true"))));

        assertEquals(List.of("RC-2026-0003"), search.stream().map(CaseRow::caseNumber).toList());
        assertTrue(flagged.stream().allMatch(CaseRow::flagged));
        assertTrue(flagged.stream().anyMatch(r -> r.caseNumber().equals("RC-2026-0003")));
        assertFalse(flagged.stream().anyMatch(r -> r.caseNumber().equals("RC-2026-0001")));
    }

    @Test
    void therapistCannotLoadAnotherTherapistsCouple() throws Exception {
        long omarsCouple = Deployed.coupleId("RC-2026-0002");

        Optional<CaseSummary> foreign = RunAs.user("maya@demo.test", () -> cases().findCase(omarsCouple));
        Optional<CaseSummary> missing = RunAs.user("maya@demo.test", () -> cases().findCase(MISSING_ID));

        assertTrue(foreign.isEmpty(), "another therapist's couple must not be visible");
        assertEquals(missing, foreign, "a foreign case must look exactly like a missing one");
    }

    @Test
    void assignedTherapistSeesTheClinicalRecord() throws Exception {
        long ownCouple = Deployed.coupleId("RC-2026-0001");

        CaseSummary found = RunAs.user("maya@demo.test", () -> cases().findCase(ownCouple)).orElseThrow();

        assertEquals(CaseAccess.Level.CLINICAL, found.access());
        assertEquals("Maya Chen", found.therapistName());
    }

    @Test
    void partnerCannotLoadAnotherCouple() throws Exception {
        long otherCouple = Deployed.coupleId("RC-2026-0002");

        Optional<CaseSummary> foreign = RunAs.user("alex@demo.test", () -> cases().findCase(otherCouple));
        Optional<CaseSummary> missing = RunAs.user("alex@demo.test", () -> cases().findCase(MISSING_ID));

        assertTrue(foreign.isEmpty());
        assertEquals(missing, foreign);
    }

    @Test
    void partnerSeesTheirOwnCoupleAndTherapist() throws Exception {
        PortalCase mine = RunAs.user("sam@demo.test", cases()::myCase).orElseThrow();

        assertEquals("Sam", mine.myName());
        assertEquals("Alex", mine.partnerName());
        assertEquals("Maya Chen", mine.therapistName());
        assertEquals(Deployed.coupleId("RC-2026-0001"), mine.coupleId());
    }

    @Test
    void adminSeesCaseMetadataOnly() throws Exception {
        long anyCouple = Deployed.coupleId("RC-2026-0002");

        CaseSummary found = RunAs.user("admin@demo.test", () -> cases().findCase(anyCouple)).orElseThrow();

        assertEquals(CaseAccess.Level.METADATA, found.access());
    }

    @Test
    void clinicDirectorSeesOwnCoupleClinicallyAndOthersAsAdmin() throws Exception {
        long own = Deployed.coupleId("RC-2026-0007");
        long other = Deployed.coupleId("RC-2026-0001");

        assertEquals(CaseAccess.Level.CLINICAL,
                RunAs.user("director@demo.test", () -> cases().findCase(own)).orElseThrow().access());
        assertEquals(CaseAccess.Level.METADATA,
                RunAs.user("director@demo.test", () -> cases().findCase(other)).orElseThrow().access());
    }

    @Test
    void everyReadOfACoupleWritesAnAuditRow() throws Exception {
        long coupleId = Deployed.coupleId("RC-2026-0003");
        String count = "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND outcome = ? AND couple_id = ?";
        long before = Deployed.number(count, "maya@demo.test", "VIEW_COUPLE", "SUCCESS", coupleId);

        RunAs.user("maya@demo.test", () -> cases().findCase(coupleId));
        RunAs.user("maya@demo.test", () -> cases().findCase(coupleId));

        assertEquals(before + 2, Deployed.number(count, "maya@demo.test", "VIEW_COUPLE", "SUCCESS", coupleId));
    }

    @Test
    void portalHomeAndCaseloadReadsAreAudited() throws Exception {
        long coupleId = Deployed.coupleId("RC-2026-0002");
        String portal = "SELECT COUNT(*) FROM audit_event WHERE actor = 'jordan@demo.test' AND action = 'VIEW_PORTAL_HOME' AND couple_id = ?";
        String caseload = "SELECT COUNT(*) FROM audit_event WHERE actor = 'omar@demo.test' AND action = 'VIEW_CASELOAD'";
        long portalBefore = Deployed.number(portal, coupleId);
        long caseloadBefore = Deployed.number(caseload);

        RunAs.user("jordan@demo.test", cases()::myCase);
        RunAs.user("omar@demo.test", () -> cases().caseloadRows(PageRequest.firstPage(25)));

        assertEquals(portalBefore + 1, Deployed.number(portal, coupleId));
        assertEquals(caseloadBefore + 1, Deployed.number(caseload));
    }

    @Test
    void refusedReadIsAuditedAsDenied() throws Exception {
        long omarsCouple = Deployed.coupleId("RC-2026-0002");
        String denied = "SELECT COUNT(*) FROM audit_event WHERE actor = 'maya@demo.test' AND action = 'VIEW_COUPLE'"
                + " AND outcome = 'DENIED' AND target_id = ?";
        long before = Deployed.number(denied, Long.toString(omarsCouple));

        RunAs.user("maya@demo.test", () -> cases().findCase(omarsCouple));

        assertEquals(before + 1, Deployed.number(denied, Long.toString(omarsCouple)));
    }

    @Test
    void partnerCannotCallTherapistMethods() {
        assertThrows(EJBAccessException.class,
                () -> RunAs.user("alex@demo.test", () -> cases().caseloadRows(PageRequest.firstPage(25))));
    }

    @Test
    void caseloadCostsTheSameStatementsWhateverItsSize() throws Exception {
        int[] couples = new int[2];
        long mayasStatements = Statements.countedFor("maya@demo.test",
                () -> couples[0] = call(() -> cases().caseloadRows(PageRequest.firstPage(25))).size());
        long directorsStatements = Statements.countedFor("director@demo.test",
                () -> couples[1] = call(() -> cases().caseloadRows(PageRequest.firstPage(25))).size());

        assertTrue(couples[0] >= 3);
        assertEquals(1, couples[1]);
        assertEquals(directorsStatements, mayasStatements, "statements must not grow with the caseload");
        assertTrue(mayasStatements <= 10, () -> mayasStatements + " statements for one caseload page");
    }

    @Test
    void portalHomeCostsAFixedNumberOfStatements() throws Exception {
        long statements = Statements.countedFor("alex@demo.test", () -> cases().myCase());

        assertTrue(statements <= 6, () -> statements + " statements for the portal home");
    }

    private static <T> T call(java.util.concurrent.Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


    @Test
    void anonymousCallerIsRefused() {
        assertThrows(EJBAccessException.class, () -> cases().caseloadCount(Map.of()));
    }
}
