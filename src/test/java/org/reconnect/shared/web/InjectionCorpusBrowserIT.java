package org.reconnect.shared.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.reconnect.testsupport.TestMail;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.BrowserSession;
import org.reconnect.testsupport.client.InjectionCorpus;
import org.reconnect.testsupport.client.InjectionCorpus.Payload;
import org.reconnect.testsupport.client.InjectionCoverage.Outcome;
import org.reconnect.testsupport.client.PageSafety;
import org.reconnect.testsupport.client.TestServer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.shared.web.InjectionRun.ADMIN;
import static org.reconnect.shared.web.InjectionRun.ALL;
import static org.reconnect.shared.web.InjectionRun.DEMO_PASSWORD;

/**
 * The injection corpus ({@code src/test/resources/injection-corpus.txt}: XSS, SQL, EL and
 * template expressions, right-to-left text, emoji) goes into every text field of every form, in a
 * real browser. Every value is stored verbatim (read back from the database) and shown as the
 * text that was typed; no script runs (an alert hook in every document), no element or handler
 * grows from a payload, no SQL error, no error page. Where a field has a rule (a length, an
 * email, a phone number, a date, plain text without HTML tags), the payload is refused with a
 * message on the page and nothing is stored. The corpus is spread over the fields of a submission
 * (each field with a tag of its own and at least one XSS, SQL and EL payload), every form also
 * gets the whole corpus at once, and the test proves its own reach at the end.
 *
 * <p>Everything runs on fixtures of its own, so the demo clinic stays as it was: a new therapist
 * (from the staff form), a couple of theirs (from intake), a questionnaire (from the instruments
 * page). The forms are driven by {@link InjectionAdminForms}, {@link InjectionTherapistForms},
 * {@link InjectionSessionForms} and {@link InjectionPortalForms}, on one {@link InjectionRun}.
 *
 * <table>
 * <caption>Forms and their free-text fields</caption>
 * <tr><th>page</th><th>form</th><th>text fields (limit)</th><th>also typed into</th></tr>
 * <tr><td>/login.xhtml</td><td>login</td><td>j_username, j_password</td><td></td></tr>
 * <tr><td>/account/set-password.xhtml</td><td>setPassword</td><td>password, confirmation</td><td>token (address)</td></tr>
 * <tr><td>/account/forgot-password.xhtml</td><td>forgotPassword</td><td>email</td><td></td></tr>
 * <tr><td>/admin/instruments.xhtml</td><td>upload</td><td>definition: a JSON text (title 120, instructions and
 *     licence 2000, item texts 500, option labels 120, subscale title 120, band labels 80)</td><td></td></tr>
 * <tr><td>/admin/staff.xhtml</td><td>staffForm</td><td>displayName 120, credentials 200, email, search</td><td></td></tr>
 * <tr><td>/admin/intake.xhtml, /therapist/intake.xhtml (one include)</td><td>intake</td><td>referralSource 120,
 *     reason 500; per partner fullName 120, preferredName 60, pronouns 40, consentFormVersion 40, email, phone</td>
 *     <td>consentOn (date)</td></tr>
 * <tr><td>/admin/couple.xhtml</td><td>assignForm</td><td>reason 500</td><td>id (address)</td></tr>
 * <tr><td>/admin/couple.xhtml, /therapist/couple.xhtml</td><td>statusForm</td><td>reason 500</td><td></td></tr>
 * <tr><td>/admin/couple.xhtml, /therapist/couple.xhtml (one include)</td><td>partnerEditForm</td><td>fullName 120,
 *     preferredName 60, pronouns 40, consentFormVersion 40, phone</td><td></td></tr>
 * <tr><td>/admin/couples.xhtml</td><td>couples</td><td>search</td><td></td></tr>
 * <tr><td>/admin/audit.xhtml</td><td>audit</td><td>actor, couple, address</td><td>from (date)</td></tr>
 * <tr><td>/therapist/index.xhtml</td><td>caseload</td><td>search</td><td></td></tr>
 * <tr><td>/therapist/couple.xhtml</td><td>screeningForm</td><td>screeningNote 1000</td><td>screenedOn (date), id</td></tr>
 * <tr><td>/therapist/couple.xhtml</td><td>decisionForm</td><td>decision 1000</td><td></td></tr>
 * <tr><td>/therapist/couple.xhtml</td><td>programForm</td><td>comment 500 (maxlength)</td><td></td></tr>
 * <tr><td>/therapist/couple.xhtml</td><td>homeworkForm</td><td>title 120, instructions 2000; plain text</td><td></td></tr>
 * <tr><td>/therapist/calendar.xhtml</td><td>booking</td><td>location 200 (maxlength); plain text</td>
 *     <td>startsAt (date and time)</td></tr>
 * <tr><td>/therapist/note.xhtml</td><td>note</td><td>section1-4, interventions, riskText, nextHomework 10,000; plain
 *     text; password</td><td>id, appointment</td></tr>
 * <tr><td>/therapist/note.xhtml</td><td>addendum</td><td>text 10,000; plain text; password</td><td></td></tr>
 * <tr><td>/therapist/homework.xhtml</td><td>feedbackForm</td><td>feedback 2000; plain text</td><td>id</td></tr>
 * <tr><td>/therapist/answers.xhtml</td><td>errorForm</td><td>reason 500 (maxlength); plain text</td><td>id</td></tr>
 * <tr><td>/portal/log.xhtml</td><td>entry</td><td>emotional date: prompts 500, text 4000; daily talk: prompt 200;
 *     plain text</td><td>minutes (a number field that takes text), assignment, entry</td></tr>
 * <tr><td>/portal/moment.xhtml</td><td>entry</td><td>text 500; plain text</td><td>time (as text), assignment</td></tr>
 * </table>
 * Without free text, so not in the corpus's way: /admin/settings (checkboxes and a zone),
 * /admin/waiting, /admin/ (unlock buttons), the staff form's capacity and the homework target
 * (number spinners that take no letters), the assessment form of /therapist/couple (choices,
 * spinners, a date picker), the notes export (date pickers), the homework review's filters,
 * /portal/assessment (choices; its texts are the questionnaire's, shown), /portal/entries'
 * filters, /portal/settings (a checkbox). Pages visited to see stored payloads shown: the lists,
 * /admin/reports, the calendar, the homework review (with its chart), the portal's home, entries
 * and questionnaire, and a note's PDF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InjectionCorpusBrowserIT {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(1280, 900);

    private static InjectionRun run;
    private static PageSafety safety;
    private static boolean formsDone;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(InjectionCorpusBrowserIT.class);
    }

    @BeforeAll
    static void hookAlertsAndProveTheChecks() {
        run = new InjectionRun(session.get());
        safety = run.safety;
        b().open("/login.xhtml");
        safety.proveItWorks();
    }

    private static Browser b() {
        return session.get();
    }

    @Test
    @Order(1)
    void theLoginFormRefusesEveryPayloadAndTheAuditShowsWhatWasTried() throws SQLException {
        // Browser.logIn types, and chromedriver types characters of the basic multilingual plane only
        List<Payload> typeable = InjectionCorpus.typeable();
        run.coverage.exempt("login", InjectionCorpus.all().stream().filter(p -> !p.typeable()).toList());
        String everything = InjectionCorpus.joined(typeable);
        String unicode = InjectionCorpus.joined(typeable.stream().filter(p -> p.kind() == InjectionCorpus.Kind.TEXT).toList());
        String[][] attempts = {
                {"' OR '1'='1", "' OR '1'='1"},
                {ADMIN + "' --", "#{1+1}"},
                {unicode + " ' OR 1=1 --", unicode},
                {everything, everything},
        };
        for (String[] attempt : attempts) {
            b().forgetSession();
            b().logIn(attempt[0], attempt[1]);
            safety.assertSafe("login as " + attempt[0]);
            assertTrue(b().isPresent(By.id("loginFailed")), "refused with the login message: " + attempt[0]);
            run.coverage.submitted("login", Map.of("j_username", attempt[0], "j_password", attempt[1]), Outcome.USED);
            assertEquals(triedLogin(attempt[0]),
                    InjectionRun.single("SELECT actor FROM audit_event WHERE action = 'LOGIN_FAILED' ORDER BY seq DESC LIMIT 1"),
                    "the audit trail names the login that was tried, as typed");
            run.databaseChecks++;
        }
        b().open("/admin/");
        assertTrue(b().isPresent(By.id("j_username")), "nobody is signed in");

        // the audit report shows each tried login as text, and exports it
        b().logIn(ADMIN, DEMO_PASSWORD);
        b().open("/admin/audit.xhtml");
        for (String[] attempt : attempts) {
            safety.setText("audit:actor", triedLogin(attempt[0]));
            b().clickAndWait("audit:apply");
            safety.assertSafe("audit filtered by a tried login");
            safety.assertShownIn("audit of a failed login", By.id("audit:events"), triedLogin(attempt[0]));
        }
        String csv = run.download("audit", "audit:exportCsv");
        // the last filter is the longest login: in the CSV as one cell, its quotes doubled
        assertTrue(csv.startsWith("200|text/csv") && csv.contains(triedLogin(everything).replace("\"", "\"\"")), csv);
        safety.assertSafe("after the audit export");
    }

    /** How the audit trail names a failed login: as tried, without case, cut to the 254 characters of its column. */
    private static String triedLogin(String tried) {
        String actor = tried.strip().toLowerCase(Locale.ROOT);
        return actor.length() <= 254 ? actor : actor.substring(0, 254);
    }

    @Test
    @Order(2)
    void everyFormStoresEveryPayloadVerbatimAndShowsItAsText() throws Exception {
        try {
            allForms();
        } catch (Throwable failed) {
            b().screenshot("injection-corpus-failure");
            System.out.println("Injection corpus: failed on " + b().driver().getCurrentUrl() + "\n"
                    + b().script("const m = document.querySelector('main') || document.body;"
                    + " return m ? m.textContent.replace(/\\s+/g, ' ') : ''"));
            throw failed;
        }
        formsDone = true;
    }

    private void allForms() throws Exception {
        InjectionAdminForms admin = new InjectionAdminForms(run);
        InjectionTherapistForms therapist = new InjectionTherapistForms(run);
        InjectionSessionForms sessions = new InjectionSessionForms(run);
        InjectionPortalForms portal = new InjectionPortalForms(run);

        b().logIn(ADMIN, DEMO_PASSWORD);
        admin.instruments();
        admin.staff();
        admin.intake();
        admin.couplePage();
        admin.listsAndReports();

        setPasswords();

        signInAs(run.therapistEmail, run.therapistPassword, "/therapist/");
        therapist.ownIntake();
        therapist.caseload();
        therapist.couplePage();
        sessions.calendarAndNote();

        signInAs(run.partnerEmail, run.partnerPassword, "/portal/");
        portal.home();
        portal.logHomework();
        portal.entries();
        portal.questionnaire();
        portal.hostileAddresses();

        signInAs(run.therapistEmail, run.therapistPassword, "/therapist/");
        therapist.homeworkReview();
        therapist.answerSheet();
        therapist.pauseAndLookAgain();
        run.hostileAddresses("/therapist/couple.xhtml?id=", "/therapist/homework.xhtml?id=", "/therapist/answers.xhtml?id=");

        signInAs(run.partnerEmail, run.partnerPassword, "/portal/");
        portal.feedback();
    }

    /** Both new accounts choose a password made of payloads, after the form refused two; a link made of payloads is unusable. */
    private void setPasswords() throws Exception {
        b().forgetSession();
        forgotPassword();
        b().driver().get(TestMail.linkSentTo(run.therapistEmail));
        safety.assertSafe("set-password of the new therapist");
        safety.assertShown("set-password names the account", run.therapistName);
        setPassword(ALL, ALL + " x", "The two passwords are not the same.");
        setPassword("' OR '1'='1", "' OR '1'='1", "Choose a password of at least 12 characters.");
        setPassword(run.therapistPassword, run.therapistPassword, null);

        b().driver().get(TestMail.linkSentTo(run.partnerEmail));
        safety.assertShown("set-password names the partner", run.partner1.get("fullName"));
        setPassword(run.partnerPassword, run.partnerPassword, null);

        b().open("/account/set-password.xhtml?token=" + URLEncoder.encode(ALL, StandardCharsets.UTF_8));
        safety.assertSafe("set-password with a hostile token");
        assertTrue(b().isPresent(By.id("linkUnusable")));
    }

    /**
     * "Forgot password" with the whole corpus as the email, sent past the browser's own check of an
     * email field as an attacker would send it: refused at the field, nothing asked for or audited.
     */
    private void forgotPassword() throws SQLException {
        String audited = "SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_RESET_REQUESTED'";
        long before = Long.parseLong(InjectionRun.single(audited));
        b().open("/account/forgot-password.xhtml");
        safety.assertSafe("forgot password");
        Map<String, String> values = Map.of("forgotPassword:email", ALL);
        run.fill(values);
        b().script("document.getElementById('forgotPassword').noValidate = true;");
        b().driver().findElement(By.id("forgotPassword:send")).click();
        safety.assertMessage("forgot password refused", "Type the email address you sign in with");
        safety.assertSafe("forgot password refused");
        run.redisplayed(values);
        run.coverage.submitted("account forgot-password: forgotPassword", values, Outcome.REFUSED);
        assertEquals(before, Long.parseLong(InjectionRun.single(audited)), "nothing was asked for");
        run.databaseChecks++;
    }

    private void setPassword(String password, String confirmation, String refusal) {
        Map<String, String> values = Map.of("setPassword:password", password, "setPassword:confirmation", confirmation);
        run.fill(values);
        b().driver().findElement(By.id("setPassword:save")).click();
        if (refusal == null) {
            b().waitFor(By.id("passwordSaved"));
        } else {
            safety.assertMessage("password refused", refusal);
        }
        safety.assertSafe("set-password");
        run.coverage.submitted("account set-password: setPassword", values, Outcome.USED);
    }

    /** Signs in with a password made of payloads, which proves it was stored as typed. */
    private static void signInAs(String email, String password, String home) {
        b().forgetSession();
        b().logIn(email, password);
        assertTrue(b().waitForPath(home), email + " signs in with a password made of payloads");
    }

    @Test
    @Order(3)
    void everyValueIsInTheDatabaseExactlyAsTyped() throws SQLException {
        assertTrue(formsDone, "the forms ran first");
        try (Connection db = InjectionRun.database()) {
            for (Object[] check : run.storedChecks) {
                assertEquals(check[2], InjectionRun.single(db, (String) check[0], check[1]), check[0] + " with " + check[1]);
            }
        }
    }

    @Test
    @Order(4)
    void theCorpusReachedEveryFormAndEveryField() {
        System.out.println("Injection corpus coverage\n" + run.coverage.report() + safety.checks() + " page checks, "
                + (run.storedChecks.size() + run.databaseChecks) + " database checks");
        assertTrue(formsDone, "the forms ran first");
        List<String> gaps = run.coverage.gaps();
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }
}
