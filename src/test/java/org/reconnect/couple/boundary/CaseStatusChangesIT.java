package org.reconnect.couple.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.PortalAfterClose;
import org.reconnect.couple.entity.Screening;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The case life cycle: reasons, preconditions, a read-only discharged case, new episodes. */
@ExtendWith(ArquillianExtension.class)
class CaseStatusChangesIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(CaseStatusChangesIT.class);
    }

    private static void change(String as, long couple, CaseStatus to, String reason, PortalAfterClose portal) throws Exception {
        RunAs.user(as, () -> {
            Deployed.boundary(CaseStatusChanges.class).change(couple, null, to, reason, portal);
            return null;
        });
    }

    /** A couple of Maya's, in active work. */
    private static long activeCoupleOfMaya() throws Exception {
        long couple = Fixtures.openCase("maya@demo.test").coupleId();
        change("maya@demo.test", couple, CaseStatus.ACTIVE, "first joint session booked", null);
        return couple;
    }

    @Test
    void activeWorkNeedsATherapist() throws Exception {
        long couple = Fixtures.openCase("admin@demo.test").coupleId();

        Refusal refused = assertThrows(Refusal.class,
                () -> change("admin@demo.test", couple, CaseStatus.ACTIVE, "ready", null));

        assertEquals("case.status.needsTherapist", refused.getKey());
    }

    @Test
    void everyChangeNeedsAReasonAndKeepsIt() throws Exception {
        long couple = activeCoupleOfMaya();

        assertEquals("case.status.reasonRequired", assertThrows(Refusal.class,
                () -> change("maya@demo.test", couple, CaseStatus.PAUSED, "", null)).getKey());
        change("maya@demo.test", couple, CaseStatus.PAUSED, "travelling for a month", null);

        assertEquals(1, Deployed.number("""
                SELECT COUNT(*) FROM case_status_change WHERE couple_id = ? AND from_status = 'ACTIVE'
                AND to_status = 'PAUSED' AND reason = 'travelling for a month' AND changed_by = 'maya@demo.test'""", couple));
    }

    @Test
    void dischargedCaseIsReadOnly() throws Exception {
        long couple = activeCoupleOfMaya();
        long partner = Deployed.number("SELECT id FROM partner WHERE couple_id = ? AND position = 1", couple);

        change("maya@demo.test", couple, CaseStatus.DISCHARGED, "program completed", PortalAfterClose.READ_ONLY);

        assertEquals("case.readOnly", assertThrows(Refusal.class, () -> RunAs.user("admin@demo.test", () -> {
            Deployed.boundary(Assignments.class).assign(couple, null, Fixtures.therapistId("omar@demo.test"), "x", true);
            return null;
        })).getKey());
        assertEquals("case.readOnly", assertThrows(Refusal.class, () -> RunAs.user("maya@demo.test", () -> {
            Deployed.boundary(SafetyScreenings.class).record(partner, Screening.CLEARED, LocalDate.now(), null);
            return null;
        })).getKey());
        assertEquals("case.readOnly", assertThrows(Refusal.class, () -> RunAs.user("admin@demo.test",
                () -> Deployed.boundary(Invitations.class).send(partner))).getKey());
        assertEquals("case.status.notAllowed", assertThrows(Refusal.class,
                () -> change("maya@demo.test", couple, CaseStatus.ACTIVE, "again", null)).getKey());
    }

    @Test
    void dischargeCanEndThePortalWithoutDeletingAnything() throws Exception {
        long couple = activeCoupleOfMaya();
        long partnersBefore = Deployed.number("SELECT COUNT(*) FROM partner WHERE couple_id = ?", couple);

        assertEquals("case.status.portalChoiceRequired", assertThrows(Refusal.class,
                () -> change("admin@demo.test", couple, CaseStatus.DISCHARGED, "they separated", null)).getKey());
        change("admin@demo.test", couple, CaseStatus.DISCHARGED, "they separated", PortalAfterClose.ENDED);

        assertEquals(2, Deployed.number("""
                SELECT COUNT(*) FROM user_account u JOIN partner p ON p.user_id = u.id
                WHERE p.couple_id = ? AND u.enabled = FALSE""", couple));
        assertEquals(partnersBefore, Deployed.number("SELECT COUNT(*) FROM partner WHERE couple_id = ?", couple));
    }

    @Test
    void reopeningStartsANewEpisodeAndKeepsTheHistory() throws Exception {
        long couple = activeCoupleOfMaya();
        long partner = Deployed.number("SELECT id FROM partner WHERE couple_id = ? AND position = 1", couple);
        RunAs.user("maya@demo.test", () -> {
            Deployed.boundary(SafetyScreenings.class).record(partner, Screening.CLEARED, LocalDate.now(), null);
            return null;
        });
        change("admin@demo.test", couple, CaseStatus.DISCHARGED, "break", PortalAfterClose.ENDED);

        change("admin@demo.test", couple, CaseStatus.INTAKE, "they came back", null);

        assertEquals(2, Deployed.number("SELECT episode FROM couple WHERE id = ?", couple));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM case_status_change WHERE couple_id = ? AND episode = 2", couple));
        assertEquals(4, Deployed.number("SELECT COUNT(*) FROM case_status_change WHERE couple_id = ? AND episode = 1", couple));
        assertEquals(0, Deployed.number("""
                SELECT COUNT(*) FROM user_account u JOIN partner p ON p.user_id = u.id
                WHERE p.couple_id = ? AND u.enabled = FALSE""", couple), "the portal is back");
        assertEquals(2, Deployed.number("SELECT COUNT(*) FROM partner WHERE couple_id = ? AND screening = 'NOT_SCREENED'", couple),
                "a new episode starts with a new safety screening");
    }

    @Test
    void therapistsDischargeLeavesThePortalReadOnly() throws Exception {
        long couple = activeCoupleOfMaya();

        change("maya@demo.test", couple, CaseStatus.DISCHARGED, "program completed", PortalAfterClose.ENDED);

        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM couple WHERE id = ? AND portal_after_close = 'READ_ONLY'", couple),
                "only an admin ends the portal");
        assertEquals(0, Deployed.number("""
                SELECT COUNT(*) FROM user_account u JOIN partner p ON p.user_id = u.id
                WHERE p.couple_id = ? AND u.enabled = FALSE""", couple));
    }

    @Test
    void changeOnAStalePageIsRefused() throws Exception {
        long couple = activeCoupleOfMaya();
        long seen = Deployed.number("SELECT version FROM couple WHERE id = ?", couple);
        change("maya@demo.test", couple, CaseStatus.PAUSED, "first tab", null);

        Refusal stale = assertThrows(Refusal.class, () -> RunAs.user("maya@demo.test", () -> {
            Deployed.boundary(CaseStatusChanges.class).change(couple, seen, CaseStatus.DISCHARGED, "second tab",
                    PortalAfterClose.READ_ONLY);
            return null;
        }));

        assertEquals("edit.conflict", stale.getKey());
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM couple WHERE id = ? AND status = 'PAUSED'", couple));
    }

    @Test
    void anotherTherapistCannotChangeTheStatus() throws Exception {
        long couple = activeCoupleOfMaya();

        Refusal refused = assertThrows(Refusal.class,
                () -> change("omar@demo.test", couple, CaseStatus.PAUSED, "not mine", null));

        assertEquals("case.notFound", refused.getKey());
        assertEquals(1, Deployed.number("""
                SELECT COUNT(*) FROM audit_event WHERE actor = 'omar@demo.test' AND action = 'CASE_STATUS_CHANGED'
                AND outcome = 'DENIED' AND target_id = ?""", Long.toString(couple)), "the denial stays on record");
    }
}
