package org.reconnect.couple.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Partner details after intake: consent given later, corrections, and the usual access rules. */
@ExtendWith(ArquillianExtension.class)
class PartnersIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(PartnersIT.class);
    }

    private static Partners partners() {
        return Deployed.boundary(Partners.class);
    }

    private static long partner(long couple, int position) throws Exception {
        return Deployed.number("SELECT id FROM partner WHERE couple_id = ? AND position = ?", couple, position);
    }

    @Test
    void consentRecordedAfterIntakeOpensActiveWork() throws Exception {
        IntakeForm form = Fixtures.intakeForm();
        form.getPartner2().setConsentGiven(false);
        form.getPartner2().setSecretsAcknowledged(false);
        long couple = Fixtures.openCase("maya@demo.test", form).coupleId();
        CaseStatusChanges status = Deployed.boundary(CaseStatusChanges.class);
        assertEquals("case.status.needsConsent", assertThrows(Refusal.class, () -> RunAs.user("maya@demo.test", () -> {
            status.change(couple, null, CaseStatus.ACTIVE, "start", null);
            return null;
        })).getKey());

        long second = partner(couple, 2);
        PartnerForm edit = RunAs.user("maya@demo.test", () -> partners().edit(second)).orElseThrow();
        edit.setConsentGiven(true);
        edit.setConsentOn(LocalDate.now());
        edit.setConsentFormVersion("CT-IT-2");
        edit.setSecretsAcknowledged(true);
        edit.setPronouns("he/him");
        RunAs.user("maya@demo.test", () -> {
            partners().update(second, null, edit);
            return null;
        });
        RunAs.user("maya@demo.test", () -> {
            status.change(couple, null, CaseStatus.ACTIVE, "start", null);
            return null;
        });

        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM couple WHERE id = ? AND status = 'ACTIVE'", couple));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM partner WHERE id = ? AND pronouns = 'he/him'", second));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'PARTNER_CHANGED' AND target_id = ?",
                Long.toString(second)));
    }

    @Test
    void theEmailIsTheLoginAndStays() throws Exception {
        IntakeForm form = Fixtures.intakeForm();
        long couple = Fixtures.openCase("admin@demo.test", form).coupleId();
        long first = partner(couple, 1);
        PartnerForm edit = RunAs.user("admin@demo.test", () -> partners().edit(first)).orElseThrow();
        edit.setEmail("someone-else@it.test");

        RunAs.user("admin@demo.test", () -> {
            partners().update(first, null, edit);
            return null;
        });

        assertEquals(1, Deployed.number("""
                SELECT COUNT(*) FROM partner p JOIN user_account u ON u.id = p.user_id WHERE p.id = ? AND u.email = ?""",
                first, form.getPartner1().getEmail().toLowerCase()));
    }

    @Test
    void invalidDetailsChangeNothing() throws Exception {
        long couple = Fixtures.openCase("admin@demo.test").coupleId();
        long first = partner(couple, 1);
        PartnerForm edit = RunAs.user("admin@demo.test", () -> partners().edit(first)).orElseThrow();
        edit.setFullName("");
        edit.setTimeZone("Mars/Olympus_Mons");

        InvalidInput refused = assertThrows(InvalidInput.class, () -> RunAs.user("admin@demo.test", () -> {
            partners().update(first, null, edit);
            return null;
        }));

        assertTrue(refused.getProblems().stream().anyMatch(p -> p.field().equals("fullName")));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM partner WHERE id = ? AND full_name = 'Robin Test'", first));
    }

    @Test
    void anotherTherapistsPartnerIsNotThere() throws Exception {
        long couple = Fixtures.openCase("omar@demo.test").coupleId();
        long first = partner(couple, 1);

        assertTrue(RunAs.user("maya@demo.test", () -> partners().edit(first)).isEmpty());
        PartnerForm form = RunAs.user("omar@demo.test", () -> partners().edit(first)).orElseThrow();
        assertEquals("case.notFound", assertThrows(Refusal.class, () -> RunAs.user("maya@demo.test", () -> {
            partners().update(first, null, form);
            return null;
        })).getKey());
    }

    @Test
    void editOnAStalePageIsRefused() throws Exception {
        long couple = Fixtures.openCase("admin@demo.test").coupleId();
        long first = partner(couple, 1);
        long seen = Deployed.number("SELECT version FROM couple WHERE id = ?", couple);
        PartnerForm edit = RunAs.user("admin@demo.test", () -> partners().edit(first)).orElseThrow();
        RunAs.user("admin@demo.test", () -> {
            partners().update(first, seen, edit);
            return null;
        });

        assertEquals("edit.conflict", assertThrows(Refusal.class, () -> RunAs.user("admin@demo.test", () -> {
            partners().update(first, seen, edit);
            return null;
        })).getKey());
    }
}
