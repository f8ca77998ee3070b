package org.reconnect.couple.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.clinic.boundary.StaffAccounts;
import org.reconnect.clinic.boundary.StaffForm;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Matching: capacity needs confirmation, reassignment moves access at once and keeps history. */
@ExtendWith(ArquillianExtension.class)
class AssignmentsIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(AssignmentsIT.class);
    }

    private static Assignments assignments() {
        return Deployed.boundary(Assignments.class);
    }

    private static Cases cases() {
        return Deployed.boundary(Cases.class);
    }

    private static long newTherapist(int capacity) throws Exception {
        StaffForm form = new StaffForm();
        String email = Fixtures.uniqueEmail("capacity");
        form.setDisplayName("Capacity Tester");
        form.setEmail(email);
        form.setTherapist(true);
        form.setMaxCaseload(capacity);
        RunAs.user("admin@demo.test", () -> Deployed.boundary(StaffAccounts.class).create(form));
        return Fixtures.therapistId(email);
    }

    private static void assign(long couple, long therapist, String reason, boolean confirmed) throws Exception {
        RunAs.user("admin@demo.test", () -> {
            assignments().assign(couple, null, therapist, reason, confirmed);
            return null;
        });
    }

    @Test
    void capacityOverrunNeedsAnExplicitConfirmationWhichIsAudited() throws Exception {
        long therapist = newTherapist(1);
        long first = Fixtures.openCase("admin@demo.test").coupleId();
        long second = Fixtures.openCase("admin@demo.test").coupleId();
        assign(first, therapist, "first match", false);

        Refusal refused = assertThrows(Refusal.class, () -> assign(second, therapist, "second match", false));
        assertEquals("assign.needsConfirmation", refused.getKey());
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM couple WHERE id = ? AND therapist_id IS NOT NULL", second),
                "a refused assignment changes nothing");

        assign(second, therapist, "second match, she agreed", true);

        assertEquals(therapist, Deployed.number("SELECT therapist_id FROM couple WHERE id = ?", second));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM therapist_assignment WHERE couple_id = ? AND over_capacity = TRUE", second));
        assertEquals(1, Deployed.number("""
                SELECT COUNT(*) FROM audit_event WHERE action = 'THERAPIST_ASSIGNED' AND couple_id = ?
                AND detail LIKE '%over capacity, confirmed'""", second));
    }

    @Test
    void therapistNotTakingNewCouplesNeedsConfirmationToo() throws Exception {
        long therapist = newTherapist(10);
        try (var connection = Deployed.dataSource().getConnection();
             var statement = connection.prepareStatement("UPDATE therapist SET accepting_new = FALSE WHERE id = ?")) {
            statement.setLong(1, therapist);
            statement.executeUpdate();
        }
        long couple = Fixtures.openCase("admin@demo.test").coupleId();

        assertEquals("assign.needsConfirmation",
                assertThrows(Refusal.class, () -> assign(couple, therapist, "match", false)).getKey());
    }

    @Test
    void reassignmentMovesAccessAtOnceAndKeepsTheHistory() throws Exception {
        long couple = Fixtures.openCase("admin@demo.test").coupleId();
        assign(couple, Fixtures.therapistId("maya@demo.test"), "Maya has room", true);
        assertTrue(RunAs.user("maya@demo.test", () -> cases().details(couple)).isPresent());

        assign(couple, Fixtures.therapistId("omar@demo.test"), "Maya goes on leave", true);

        assertFalse(RunAs.user("maya@demo.test", () -> cases().details(couple)).isPresent(), "the old therapist loses access");
        assertTrue(RunAs.user("omar@demo.test", () -> cases().details(couple)).isPresent(), "the new one gains it");
        List<AssignmentRow> history = RunAs.user("admin@demo.test", () -> assignments().history(couple));
        assertEquals(2, history.size());
        assertEquals("Maya Chen", history.get(0).from());
        assertEquals("Omar Haddad", history.get(0).to());
        assertEquals("Maya goes on leave", history.get(0).reason());
        assertEquals("admin@demo.test", history.get(0).by());
        assertEquals(null, history.get(1).from());
    }

    @Test
    void assignmentNeedsAReasonAndAnActiveTherapist() throws Exception {
        long couple = Fixtures.openCase("admin@demo.test").coupleId();

        assertEquals("assign.reasonRequired",
                assertThrows(Refusal.class, () -> assign(couple, Fixtures.therapistId("maya@demo.test"), " ", true)).getKey());
        assertEquals("assign.therapistUnavailable",
                assertThrows(Refusal.class, () -> assign(couple, Fixtures.therapistId("former@demo.test"), "x", true)).getKey());
    }

    @Test
    void loadsShowOpenCouplesAgainstCapacity() throws Exception {
        long therapist = newTherapist(2);
        assign(Fixtures.openCase("admin@demo.test").coupleId(), therapist, "match", false);

        TherapistLoad load = RunAs.user("admin@demo.test", () -> assignments().loads()).stream()
                .filter(l -> l.therapistId() == therapist).findFirst().orElseThrow();

        assertEquals(1, load.openCouples());
        assertEquals(2, load.maxCaseload());
        assertEquals(50, load.getPercentUsed());
        assertTrue(load.isNeedsConfirmation() == false);
    }
}
