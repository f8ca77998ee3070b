package org.reconnect.testsupport.container;

import org.reconnect.couple.boundary.Intake;
import org.reconnect.couple.boundary.IntakeForm;
import org.reconnect.couple.boundary.IntakeResult;
import org.reconnect.couple.boundary.PartnerForm;
import org.reconnect.couple.boundary.SafetyScreenings;
import org.reconnect.couple.entity.Screening;
import org.reconnect.couple.entity.SecretsPolicy;

import java.time.LocalDate;
import java.util.UUID;

/** Fresh, unique test data made through the real boundaries, so every test owns what it changes. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.test";
    }

    /** A complete intake form: both partners, consent given and the policy acknowledged. */
    public static IntakeForm intakeForm() {
        IntakeForm form = new IntakeForm();
        form.setReferralSource("Integration test");
        form.setReason("They drifted apart.");
        form.setSecretsPolicy(SecretsPolicy.NO_SECRETS);
        fill(form.getPartner1(), "Robin Test", uniqueEmail("robin"));
        fill(form.getPartner2(), "Kai Test", uniqueEmail("kai"));
        return form;
    }

    private static void fill(PartnerForm partner, String name, String email) {
        partner.setFullName(name);
        partner.setEmail(email);
        partner.setTimeZone("Europe/Berlin");
        partner.setConsentGiven(true);
        partner.setConsentOn(LocalDate.now().minusDays(1));
        partner.setConsentFormVersion("CT-IT");
        partner.setSecretsAcknowledged(true);
    }

    /** Opens a case through intake as the given staff member. */
    public static IntakeResult openCase(String asEmail) throws Exception {
        return openCase(asEmail, intakeForm());
    }

    public static IntakeResult openCase(String asEmail, IntakeForm form) throws Exception {
        Intake intake = Deployed.boundary(Intake.class);
        return RunAs.user(asEmail, () -> intake.open(form));
    }

    public static long therapistId(String email) throws Exception {
        return Deployed.number("SELECT t.id FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = ?", email);
    }

    /** A therapist of the test run's own, with room for every couple the homework tests open (demo password). */
    public static final String HOMEWORK_THERAPIST = "homework-therapist@it.test";

    /** Creates {@link #HOMEWORK_THERAPIST} on first use, so the tests never fill a demo therapist's caseload. */
    public static String homeworkTherapist() throws Exception {
        return therapist(HOMEWORK_THERAPIST);
    }

    /** A therapist account with this email (created on first use), with room for 1,000 couples and the demo password. */
    public static String therapist(String email) throws Exception {
        if (staffAccount(email, "Test Therapist", "THERAPIST")) {
            Deployed.update("""
                    INSERT INTO therapist (user_id, credentials, max_caseload, accepting_new, created_at, created_by, changed_at,
                                           changed_by)
                    SELECT id, 'LMFT', 1000, TRUE, NOW(6), 'it', NOW(6), 'it' FROM user_account WHERE email = ?""",
                    email);
        }
        return email;
    }

    /** An admin account with this email (created on first use) and the demo password; no authenticator app yet. */
    public static String admin(String email) throws Exception {
        staffAccount(email, "Test Admin", "ADMIN");
        return email;
    }

    /** Creates a staff account with the demo password and one role, unless it exists; true when it was created. */
    private static boolean staffAccount(String email, String name, String role) throws Exception {
        if (Deployed.number("SELECT COUNT(*) FROM user_account WHERE email = ?", email) > 0) {
            return false;
        }
        String hash = Deployed.text("SELECT password_hash FROM user_account WHERE email = 'maya@demo.test'");
        Deployed.update("""
                INSERT INTO user_account (email, display_name, password_hash, enabled, created_at, created_by, changed_at,
                                          changed_by) VALUES (?, ?, ?, TRUE, NOW(6), 'it', NOW(6), 'it')""",
                email, name, hash);
        Deployed.update("INSERT INTO user_role (user_id, role) SELECT id, ? FROM user_account WHERE email = ?", role, email);
        return true;
    }

    /** A couple in active work: both partners cleared by the screening and able to sign in with the demo password. */
    public record TestCouple(long id, String email1, String email2, long partner1, long partner2) {
    }

    /** Opens a case as the therapist, clears both screenings, makes it active and gives the partners the demo password. */
    public static TestCouple activeCouple(String therapistEmail) throws Exception {
        return activeCouple(therapistEmail, intakeForm());
    }

    /** {@link #activeCouple(String)} from a form of the caller's (partners' names that a test looks for, say). */
    public static TestCouple activeCouple(String therapistEmail, IntakeForm form) throws Exception {
        long id = openCase(therapistEmail, form).coupleId();
        long partner1 = Deployed.number("SELECT id FROM partner WHERE couple_id = ? AND position = 1", id);
        long partner2 = Deployed.number("SELECT id FROM partner WHERE couple_id = ? AND position = 2", id);
        SafetyScreenings screenings = Deployed.boundary(SafetyScreenings.class);
        RunAs.user(therapistEmail, () -> {
            screenings.record(partner1, Screening.CLEARED, LocalDate.now().minusDays(1), null);
            screenings.record(partner2, Screening.CLEARED, LocalDate.now().minusDays(1), null);
        });
        Deployed.update("UPDATE couple SET status = 'ACTIVE' WHERE id = ?", id);
        String hash = Deployed.text("SELECT password_hash FROM user_account WHERE email = 'alex@demo.test'");
        Deployed.update("UPDATE user_account SET password_hash = ? WHERE id IN (SELECT user_id FROM partner WHERE couple_id = ?)",
                hash, id);
        return new TestCouple(id, form.getPartner1().getEmail(), form.getPartner2().getEmail(), partner1, partner2);
    }
}
