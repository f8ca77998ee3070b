package org.reconnect.couple.boundary;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Intake through the real boundary: both partners, unique logins, nothing saved unless valid. */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(IntakeIT.class);
    }

    private static Cases cases() {
        return Deployed.boundary(Cases.class);
    }

    @Test
    void intakeOpensACaseWithBothPartnersTheirLoginsAndInvitations() throws Exception {
        IntakeForm form = Fixtures.intakeForm();

        IntakeResult result = Fixtures.openCase("admin@demo.test", form);

        assertTrue(result.caseNumber().matches("RC-\\d{4}-\\d{4,6}"), result.caseNumber());
        assertEquals(2, result.invitations().size());
        assertEquals(2, Deployed.number("SELECT COUNT(*) FROM partner WHERE couple_id = ?", result.coupleId()));
        assertEquals(2, Deployed.number("""
                SELECT COUNT(*) FROM account_link l JOIN partner p ON p.user_id = l.user_id
                WHERE p.couple_id = ? AND l.purpose = 'PORTAL_INVITATION' AND l.used_at IS NULL""", result.coupleId()));
        assertEquals(1, Deployed.number("""
                SELECT COUNT(*) FROM user_account u JOIN user_role r ON r.user_id = u.id
                WHERE u.email = ? AND r.role = 'CLIENT' AND u.password_hash IS NULL""",
                form.getPartner1().getEmail().toLowerCase()));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'CASE_OPENED' AND couple_id = ?",
                result.coupleId()));
        CaseDetails details = RunAs.user("admin@demo.test", () -> cases().details(result.coupleId())).orElseThrow();
        assertEquals(CaseStatus.INTAKE, details.status());
        assertEquals(List.of("INTAKE", "REFERRED"), details.history().stream().map(h -> h.to().name()).sorted().toList());
    }

    @Test
    void caseNumbersAreUniqueAndIncreasing() throws Exception {
        IntakeResult first = Fixtures.openCase("admin@demo.test");
        IntakeResult second = Fixtures.openCase("admin@demo.test");

        assertTrue(second.caseNumber().compareTo(first.caseNumber()) > 0,
                first.caseNumber() + " then " + second.caseNumber());
    }

    @Test
    void emailUniquenessIsCaseInsensitive() throws Exception {
        IntakeForm form = Fixtures.intakeForm();
        form.getPartner1().setEmail("ALEX@Demo.Test");
        long couplesBefore = Deployed.number("SELECT COUNT(*) FROM couple");

        InvalidInput refused = assertThrows(InvalidInput.class, () -> Fixtures.openCase("admin@demo.test", form));

        assertTrue(refused.getProblems().stream().anyMatch(p -> p.field().equals("partner1.email")
                && p.message().contains("already belongs")), refused.getProblems().toString());
        assertEquals(couplesBefore, Deployed.number("SELECT COUNT(*) FROM couple"), "nothing is saved");
    }

    @Test
    void bothPartnersNeedTheirOwnEmail() throws Exception {
        IntakeForm form = Fixtures.intakeForm();
        form.getPartner2().setEmail(form.getPartner1().getEmail().toUpperCase());

        InvalidInput refused = assertThrows(InvalidInput.class, () -> Fixtures.openCase("admin@demo.test", form));

        assertTrue(refused.getProblems().stream().anyMatch(p -> p.field().equals("partner2.email")));
    }

    @Test
    void missingPartnerIsRefusedAndNothingIsSaved() throws Exception {
        IntakeForm form = Fixtures.intakeForm();
        form.getPartner2().setFullName(" ");
        form.getPartner2().setEmail("");
        long accountsBefore = Deployed.number("SELECT COUNT(*) FROM user_account");

        InvalidInput refused = assertThrows(InvalidInput.class, () -> Fixtures.openCase("admin@demo.test", form));

        assertTrue(refused.getProblems().stream().anyMatch(p -> p.field().equals("partner2.fullName")));
        assertTrue(refused.getProblems().stream().anyMatch(p -> p.field().equals("partner2.email")));
        assertEquals(accountsBefore, Deployed.number("SELECT COUNT(*) FROM user_account"));
    }

    @Test
    void overlongNameGetsAClearMessage() throws Exception {
        IntakeForm form = Fixtures.intakeForm();
        form.getPartner1().setFullName("N".repeat(10_000));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> Fixtures.openCase("admin@demo.test", form));

        assertTrue(refused.getProblems().stream().anyMatch(p -> p.field().equals("partner1.fullName")
                && p.message().contains("at most 120")), refused.getProblems().toString());
    }

    @Test
    void unicodeEmailGetsAClearMessage() throws Exception {
        IntakeForm form = Fixtures.intakeForm();
        form.getPartner1().setEmail("zoë@exämple.test");

        InvalidInput refused = assertThrows(InvalidInput.class, () -> Fixtures.openCase("admin@demo.test", form));

        assertTrue(refused.getProblems().stream().anyMatch(p -> p.field().equals("partner1.email")
                && p.message().contains("plain form")), refused.getProblems().toString());
    }

    @Test
    void markupInTextFieldsIsStoredVerbatim() throws Exception {
        IntakeForm form = Fixtures.intakeForm();
        String script = "<script>alert('x')</script>";
        form.getPartner1().setFullName(script);
        form.getPartner1().setPreferredName(script.substring(0, 20));
        form.getPartner1().setPronouns("<b>they</b>");
        form.setReferralSource(script);
        form.setReason(script);

        IntakeResult result = Fixtures.openCase("admin@demo.test", form);
        CaseDetails details = RunAs.user("admin@demo.test", () -> cases().details(result.coupleId())).orElseThrow();

        assertEquals(script, details.reason());
        assertEquals(script, details.referralSource());
        assertEquals(script, details.partners().get(0).fullName());
        assertEquals("<b>they</b>", details.partners().get(0).pronouns());
    }

    @Test
    void therapistsOwnIntakeIsAssignedToThemAtOnce() throws Exception {
        IntakeResult result = Fixtures.openCase("omar@demo.test");

        CaseDetails details = RunAs.user("omar@demo.test", () -> cases().details(result.coupleId())).orElseThrow();

        assertEquals("Omar Haddad", details.therapistName());
        assertTrue(RunAs.user("maya@demo.test", () -> cases().details(result.coupleId())).isEmpty());
    }

    @Test
    void therapistAtCapacityConfirmsTakingTheirOwnIntake() throws Exception {
        try (var connection = Deployed.dataSource().getConnection();
             var statement = connection.prepareStatement("""
                     UPDATE therapist t JOIN user_account u ON u.id = t.user_id SET t.accepting_new = FALSE
                     WHERE u.email = 'omar@demo.test'""")) {
            statement.executeUpdate();
        }
        try {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> Fixtures.openCase("omar@demo.test"));
            assertEquals("confirmOverCapacity", refused.getProblems().get(0).field());

            IntakeForm confirmed = Fixtures.intakeForm();
            confirmed.setConfirmOverCapacity(true);
            long couple = Fixtures.openCase("omar@demo.test", confirmed).coupleId();
            assertEquals(1, Deployed.number(
                    "SELECT COUNT(*) FROM therapist_assignment WHERE couple_id = ? AND over_capacity = TRUE", couple));
        } finally {
            try (var connection = Deployed.dataSource().getConnection();
                 var statement = connection.prepareStatement("""
                         UPDATE therapist t JOIN user_account u ON u.id = t.user_id SET t.accepting_new = TRUE
                         WHERE u.email = 'omar@demo.test'""")) {
                statement.executeUpdate();
            }
        }
    }

    @Test
    void partnersCannotDoIntake() {
        assertThrows(EJBAccessException.class, () -> Fixtures.openCase("alex@demo.test"));
    }
}
