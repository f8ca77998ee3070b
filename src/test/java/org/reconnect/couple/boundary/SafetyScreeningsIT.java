package org.reconnect.couple.boundary;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.couple.entity.JointWork;
import org.reconnect.couple.entity.Screening;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Safety screening gates joint work; its notes are for the couple's therapist alone. */
@ExtendWith(ArquillianExtension.class)
class SafetyScreeningsIT {

    private static final String NOTE = "Partner reports fear during arguments.";

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(SafetyScreeningsIT.class);
    }

    private static SafetyScreenings screenings() {
        return Deployed.boundary(SafetyScreenings.class);
    }

    private static long partner(long couple, int position) throws Exception {
        return Deployed.number("SELECT id FROM partner WHERE couple_id = ? AND position = ?", couple, position);
    }

    private static void screen(long partner, Screening result, String note) throws Exception {
        RunAs.user("maya@demo.test", () -> {
            screenings().record(partner, result, LocalDate.now(), note);
            return null;
        });
    }

    private static JointWork.Verdict verdict(long couple) throws Exception {
        return RunAs.user("maya@demo.test", () -> screenings().jointWork(couple));
    }

    @Test
    void flaggedScreeningBlocksJointWorkUntilADecisionIsRecorded() throws Exception {
        long couple = Fixtures.openCase("maya@demo.test").coupleId();
        assertEquals(JointWork.Verdict.BLOCKED_NOT_SCREENED, verdict(couple));

        screen(partner(couple, 1), Screening.CONCERNS, NOTE);
        screen(partner(couple, 2), Screening.CLEARED, null);
        assertEquals(JointWork.Verdict.BLOCKED_CONCERNS, verdict(couple));

        RunAs.user("maya@demo.test", () -> {
            screenings().decideToProceed(couple, null, "Safety plan agreed; individual check-ins first.");
            return null;
        });
        assertEquals(JointWork.Verdict.ALLOWED_BY_DECISION, verdict(couple));

        screen(partner(couple, 2), Screening.CONCERNS, "new concerns");
        assertEquals(JointWork.Verdict.BLOCKED_CONCERNS, verdict(couple), "a new screening makes the decision stale");

        screen(partner(couple, 1), Screening.CLEARED, null);
        screen(partner(couple, 2), Screening.CLEARED, null);
        assertEquals(JointWork.Verdict.ALLOWED, verdict(couple));
    }

    @Test
    void decisionIsOnlyForAFlaggedCouple() throws Exception {
        long couple = Fixtures.openCase("maya@demo.test").coupleId();
        screen(partner(couple, 1), Screening.CLEARED, null);
        screen(partner(couple, 2), Screening.CLEARED, null);

        Refusal refused = assertThrows(Refusal.class, () -> RunAs.user("maya@demo.test", () -> {
            screenings().decideToProceed(couple, null, "not needed");
            return null;
        }));

        assertEquals("decision.notNeeded", refused.getKey());
    }

    @Test
    void onlyTheCouplesTherapistRecordsAScreening() throws Exception {
        long couple = Fixtures.openCase("maya@demo.test").coupleId();
        long partner = partner(couple, 1);

        assertEquals("case.notFound", assertThrows(Refusal.class, () -> RunAs.user("omar@demo.test", () -> {
            screenings().record(partner, Screening.CLEARED, LocalDate.now(), null);
            return null;
        })).getKey());
        assertThrows(EJBAccessException.class, () -> RunAs.user("admin@demo.test", () -> {
            screenings().record(partner, Screening.CLEARED, LocalDate.now(), null);
            return null;
        }));
    }

    @Test
    void adminCannotReadClinicalText() throws Exception {
        long couple = Fixtures.openCase("maya@demo.test").coupleId();
        screen(partner(couple, 1), Screening.CONCERNS, NOTE);
        RunAs.user("maya@demo.test", () -> {
            screenings().decideToProceed(couple, null, "Documented decision text.");
            return null;
        });
        Cases cases = Deployed.boundary(Cases.class);

        CaseDetails asAdmin = RunAs.user("admin@demo.test", () -> cases.details(couple)).orElseThrow();
        CaseDetails asTherapist = RunAs.user("maya@demo.test", () -> cases.details(couple)).orElseThrow();

        assertNull(asAdmin.partners().get(0).screeningNote());
        assertNull(asAdmin.jointDecision());
        assertEquals(Screening.CONCERNS, asAdmin.partners().get(0).screening(), "the flag itself is case metadata");
        assertEquals(NOTE, asTherapist.partners().get(0).screeningNote());
        assertEquals("Documented decision text.", asTherapist.jointDecision());
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?", "%" + NOTE + "%"),
                "clinical text never enters the audit trail");
    }

    @Test
    void partnersCannotAskWhyJointWorkIsBlocked() throws Exception {
        long couple = Deployed.coupleId("RC-2026-0003");

        assertThrows(EJBAccessException.class, () -> RunAs.user("chris@demo.test", () -> screenings().jointWork(couple)));
        assertThrows(EJBAccessException.class, () -> RunAs.user("taylor@demo.test", () -> screenings().jointWork(couple)));
    }

    @Test
    void screeningInTheFutureIsRefused() throws Exception {
        long couple = Fixtures.openCase("maya@demo.test").coupleId();
        long partner = partner(couple, 1);

        assertEquals("screening.future", assertThrows(Refusal.class, () -> RunAs.user("maya@demo.test", () -> {
            screenings().record(partner, Screening.CLEARED, LocalDate.now().plusDays(2), null);
            return null;
        })).getKey());
    }
}
