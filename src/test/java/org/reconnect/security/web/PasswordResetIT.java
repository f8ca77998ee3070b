package org.reconnect.security.web;

import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.TestMail;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.Timings;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Forgot password", over HTTP as a visitor (or an attacker) sends it: the same answer, in about
 * the same time, whether or not an account uses the email; a link to the published address that
 * works once, for 30 minutes, and only the newest; the rate limit; the new password follows the
 * rule, ends every session of the account and lifts its lockout; everything audited, never the
 * link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetIT {

    private static final Logger LOG = Logger.getLogger(PasswordResetIT.class.getName());
    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final String NEW_PASSWORD = "harbour lantern quiet 42";
    private static final String PAGE = "/account/forgot-password.xhtml";
    private static final String REQUESTED = "PASSWORD_RESET_REQUESTED";
    private static final String SENT = "PASSWORD_RESET_LINK_SENT";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(PasswordResetIT.class);
    }

    /** Every test client is 127.0.0.1: each test starts with no requests counted against it. */
    @BeforeEach
    void nothingCountedYet() {
        TestDatabase.update("DELETE FROM reset_request_count");
    }

    /** Asks for a link on the page, as its form sends it; the answer. */
    private static HttpResponse<String> ask(WebClient client, String email) throws Exception {
        HttpResponse<String> page = client.get(PAGE);
        assertEquals(200, page.statusCode());
        return client.postForm(PAGE, page, Map.of(
                "forgotPassword", "forgotPassword",
                "forgotPassword:email", email,
                "forgotPassword:send", "forgotPassword:send"));
    }

    private static HttpResponse<String> ask(String email) throws Exception {
        return ask(new WebClient(), email);
    }

    /** Opens a mailed link and chooses a password on its page; the answer. */
    private static HttpResponse<String> choose(String link, String password) throws Exception {
        URI uri = URI.create(link);
        String token = uri.getQuery().substring("token=".length());
        WebClient client = new WebClient();
        HttpResponse<String> page = client.get(uri.getRawPath() + "?" + uri.getRawQuery());
        assertEquals(200, page.statusCode());
        if (!page.body().contains("id=\"setPassword\"")) {
            return page;   // the link is no longer offered: no form to send
        }
        return client.postForm("/account/set-password.xhtml", page, Map.of(
                "setPassword", "setPassword",
                "setPassword:token", token,
                "setPassword:password", password,
                "setPassword:confirmation", password,
                "setPassword:save", "setPassword:save"));
    }

    private static boolean saved(HttpResponse<String> answer) {
        return answer.statusCode() == 200 && answer.body().contains("id=\"passwordSaved\"");
    }

    private static boolean offered(String link) throws Exception {
        URI uri = URI.create(link);
        HttpResponse<String> page = new WebClient().get(uri.getRawPath() + "?" + uri.getRawQuery());
        return page.body().contains("id=\"setPassword\"") && !page.body().contains("id=\"linkUnusable\"");
    }

    private static boolean signsIn(String email, String password) throws Exception {
        WebClient client = new WebClient();
        HttpResponse<String> login = client.logIn(email, password);
        return login.statusCode() == 302 && !login.headers().firstValue("Location").orElse("").contains("login.xhtml");
    }

    private static boolean signedIn(WebClient client) throws Exception {
        HttpResponse<String> page = client.get("/account/security.xhtml");
        return page.statusCode() == 200 && !page.body().contains("j_security_check");
    }

    /** The link of the n-th message (from 1) to this address, once it has arrived. */
    private static String link(String email, int nth) throws Exception {
        MimeMessage message = TestMail.awaitTo(email, nth).get(nth - 1);
        return TestMail.linkIn(message).orElseThrow(() -> new AssertionError("no link in message " + nth + " to " + email));
    }

    /** What a person reads on the page: no markup, no scripts (they carry the page's own nonce). */
    private static String text(HttpResponse<String> page) {
        return page.body()
                .replaceAll("(?is)<script.*?</script>|<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static long audited(String action, String actor, String outcome) {
        return TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ? AND outcome = ?",
                action, actor, outcome);
    }

    /**
     * What came of the requests for this email, once the answer to each is audited: the account
     * is looked at a moment after the request was answered, on a thread of its own.
     */
    private static long answered(String actor, String outcome, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        long count = audited(SENT, actor, outcome);
        while (count < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            count = audited(SENT, actor, outcome);
        }
        return count;
    }

    private static long links(String email) {
        return TestDatabase.number("SELECT COUNT(*) FROM account_link l JOIN user_account u ON u.id = l.user_id"
                + " WHERE u.email = ? AND l.purpose = 'PASSWORD_RESET'", email);
    }

    /** Mail goes out after commits, in the background: time enough for one that should not come to arrive. */
    private static void assertNoMoreMail(String email, int count) throws Exception {
        Awaitility.await("no further mail to " + email).during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> TestMail.countTo(email) == count);
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotAnAccountUsesTheEmail() throws Exception {
        String partner = TestDatabase.newStaff("CLIENT");
        String disabled = TestDatabase.newStaff("THERAPIST");
        TestDatabase.update("UPDATE user_account SET enabled = FALSE WHERE email = ?", disabled);
        String neverChosen = TestDatabase.newStaff("CLIENT");
        TestDatabase.update("UPDATE user_account SET password_hash = NULL WHERE email = ?", neverChosen);
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@it.test";

        WebClient visitor = new WebClient();
        HttpResponse<String> forPartner = ask(visitor, partner);
        String answer = text(forPartner);
        assertEquals(200, forPartner.statusCode());
        assertTrue(forPartner.body().contains("id=\"linkRequested\""), answer);
        assertTrue(answer.contains("If an account uses that address, we have sent a link"), answer);
        assertFalse(forPartner.body().contains(partner), "the page does not repeat the email");
        for (String other : List.of(unknown, disabled, neverChosen, partner.toUpperCase(java.util.Locale.ROOT))) {
            HttpResponse<String> forOther = ask(visitor, other);
            assertEquals(forPartner.statusCode(), forOther.statusCode(), other);
            assertEquals(answer, text(forOther), "the same answer for " + other);
        }
        assertNull(visitor.sessionId(), "asking starts no session");

        assertTrue(link(partner, 1).startsWith("http://localhost:" + System.getProperty("it.http.port")
                + "/account/set-password.xhtml?token="), "a link on the published address");
        assertEquals(2, answered(partner, "SUCCESS", 2), "the email typed in capitals asked for the same account");
        assertEquals(2, links(partner));
        for (String nothingSent : List.of(unknown, disabled, neverChosen)) {
            assertEquals(1, audited(REQUESTED, nothingSent, "SUCCESS"), "the request is audited as any other");
            assertEquals(1, answered(nothingSent, "FAILURE", 1), "what came of it: nothing");
        }
        assertEquals(0, links(disabled) + links(neverChosen), "an account without a password starts with its clinic's invitation");
        assertNoMoreMail(disabled, 0);
        assertEquals(0, TestMail.countTo(neverChosen));
        assertEquals(0, TestMail.countTo(unknown));
        assertEquals(2, audited(REQUESTED, partner, "SUCCESS"));
    }

    @Test
    void anInvalidEmailIsAnsweredAtTheFieldAndAsksForNothing() throws Exception {
        long before = TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_RESET_REQUESTED'");
        HttpResponse<String> answer = ask("not an email");
        assertEquals(200, answer.statusCode());
        assertTrue(text(answer).contains("Type the email address you sign in with"), text(answer));
        assertFalse(answer.body().contains("id=\"linkRequested\""));
        assertEquals(before, TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_RESET_REQUESTED'"));
    }

    @Test
    void theAnswerTakesAboutAsLongForAnUnknownEmailAndComesBeforeTheAccountIsLookedAt() throws Exception {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String partner = TestDatabase.newStaff("CLIENT");
            known.add(timedAsk(partner));
            assertEquals(0, links(partner) + audited(SENT, partner, "SUCCESS"), "nothing of the account is touched before the answer");
            unknown.add(timedAsk("nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@it.test"));
            assertEquals(1, answered(partner, "SUCCESS", 1), "and after it, the link is made");
        }
        long knownMedian = Timings.median(known);
        long unknownMedian = Timings.median(unknown);
        LOG.info(() -> "Forgot password, answer times: known " + known + " ns, unknown " + unknown + " ns");
        // the account is looked at only after the answer, on another thread: nothing that depends on
        // it (the link's rows, the mail, a password hash) may show in the time of the answer
        long slack = 25_000_000L;
        assertTrue(knownMedian <= unknownMedian * 2 + slack && unknownMedian <= knownMedian * 2 + slack,
                "known " + known + " ns, unknown " + unknown + " ns");
    }

    private static long timedAsk(String email) throws Exception {
        TestDatabase.update("DELETE FROM reset_request_count");
        WebClient client = new WebClient();
        HttpResponse<String> page = client.get(PAGE);
        Map<String, String> form = Map.of("forgotPassword", "forgotPassword", "forgotPassword:email", email,
                "forgotPassword:send", "forgotPassword:send");
        long start = System.nanoTime();
        HttpResponse<String> answer = client.postForm(PAGE, page, form);
        long took = System.nanoTime() - start;
        assertTrue(answer.body().contains("id=\"linkRequested\""), email);
        return took;
    }

    @Test
    void theLinkSetsThePasswordOnceEndsEverySessionAndIsAudited() throws Exception {
        String email = TestDatabase.newStaff("THERAPIST");
        WebClient phone = new WebClient();
        WebClient desk = new WebClient();
        phone.logIn(email, PASSWORD);
        desk.logIn(email, PASSWORD);
        assertTrue(signedIn(phone) && signedIn(desk));

        ask(email);
        String link = link(email, 1);
        String token = URI.create(link).getQuery().substring("token=".length());
        assertTrue(offered(link));

        HttpResponse<String> common = choose(link, "Password2024!!");
        assertFalse(saved(common));
        assertTrue(text(common).contains("most common ones"), text(common));
        assertTrue(offered(link), "a refused password leaves the link usable");
        assertTrue(signedIn(phone), "and ends nobody's session");

        assertTrue(saved(choose(link, NEW_PASSWORD)));
        assertFalse(signedIn(phone), "every session of the account ended");
        assertFalse(signedIn(desk));
        assertFalse(offered(link), "used up");
        assertFalse(saved(choose(link, "another fine password 9")), "a link works once");
        assertFalse(signsIn(email, PASSWORD), "the old password is gone");
        assertTrue(signsIn(email, NEW_PASSWORD));

        List<MimeMessage> mails = TestMail.awaitTo(email, 2);
        assertEquals("Your Reconnect password was changed", mails.get(1).getSubject(), "the owner hears of the change");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_SET' AND actor = ?"
                + " AND detail LIKE 'password_reset%'", email));
        assertEquals(1, audited(REQUESTED, email, "SUCCESS"));
        assertEquals(1, audited(SENT, email, "SUCCESS"));
        assertEquals(2, TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action IN (?, ?) AND actor = ?"
                + " AND client_address IN ('127.0.0.1', '0:0:0:0:0:0:0:1', '::1')", REQUESTED, SENT, email),
                "both with the address that asked, the link's too although it was made on another thread");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE INSTR(detail, ?) > 0"
                + " OR INSTR(detail, SHA2(?, 256)) > 0", token, token), "never the link, nor what is stored of it");
    }

    @Test
    void theLinkWorksForThirtyMinutes() throws Exception {
        String email = TestDatabase.newStaff("CLIENT");
        ask(email);
        String link = link(email, 1);
        assertEquals(30 * 60, TestDatabase.number("SELECT TIMESTAMPDIFF(SECOND, l.created_at, l.expires_at) FROM account_link l"
                + " JOIN user_account u ON u.id = l.user_id WHERE u.email = ?", email));

        // as if 29 minutes had passed: still good
        moveBack(email, 29 * 60);
        assertTrue(offered(link));
        // and one more minute: gone, and nothing changes
        moveBack(email, 60);
        assertFalse(offered(link));
        assertFalse(saved(choose(link, NEW_PASSWORD)));
        assertTrue(signsIn(email, PASSWORD), "the password stands");
    }

    private static void moveBack(String email, int seconds) {
        TestDatabase.update("UPDATE account_link l JOIN user_account u ON u.id = l.user_id"
                + " SET l.created_at = l.created_at - INTERVAL ? SECOND, l.expires_at = l.expires_at - INTERVAL ? SECOND"
                + " WHERE u.email = ?", seconds, seconds, email);
    }

    @Test
    void aNewLinkRevokesTheOlderOne() throws Exception {
        String email = TestDatabase.newStaff("CLIENT");
        ask(email);
        String first = link(email, 1);
        ask(email);
        String second = link(email, 2);

        assertFalse(offered(first));
        assertFalse(saved(choose(first, NEW_PASSWORD)));
        assertTrue(saved(choose(second, NEW_PASSWORD)));
        assertTrue(signsIn(email, NEW_PASSWORD));
    }

    @Test
    void threeLinksAnHourPerEmailThenNothingIsSent() throws Exception {
        String email = TestDatabase.newStaff("CLIENT");
        HttpResponse<String> first = ask(email);
        ask(email);
        ask(email);
        TestMail.awaitTo(email, 3);

        HttpResponse<String> fourth = ask(email);
        assertEquals(text(first), text(fourth), "the same answer");
        assertNoMoreMail(email, 3);
        assertEquals(3, links(email), "no fourth link was made");
        assertEquals(3, audited(REQUESTED, email, "SUCCESS"));
        assertEquals(1, audited(REQUESTED, email, "DENIED"));
        assertEquals(3, audited(SENT, email, "SUCCESS"));

        // an hour later it may ask again
        TestDatabase.update("DELETE FROM reset_request_count");
        ask(email);
        TestMail.awaitTo(email, 4);
    }

    @Test
    void tenRequestsAnHourFromOneAddressThenNothingIsSent() throws Exception {
        for (int i = 0; i < 10; i++) {
            ask("nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@spray.test");
        }
        String email = TestDatabase.newStaff("CLIENT");
        HttpResponse<String> eleventh = ask(email);

        assertTrue(eleventh.body().contains("id=\"linkRequested\""), "the same answer");
        assertNoMoreMail(email, 0);
        assertEquals(0, links(email));
        assertEquals(1, audited(REQUESTED, email, "DENIED"));
        assertEquals(0, audited(SENT, email, "SUCCESS") + audited(SENT, email, "FAILURE"), "nothing looked at");
    }

    @Test
    void aResetLiftsTheLockoutSoTheNewPasswordWorks() throws Exception {
        String email = TestDatabase.newStaff("THERAPIST");
        for (int i = 0; i < 5; i++) {
            assertFalse(signsIn(email, "wrong-" + i));
        }
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM login_throttle t JOIN user_account u ON u.id = t.user_id"
                + " WHERE u.email = ? AND t.locked_until > UTC_TIMESTAMP(6)", email), "locked");

        ask(email);
        assertTrue(saved(choose(link(email, 1), NEW_PASSWORD)));

        assertTrue(signsIn(email, NEW_PASSWORD), "the lock counted guesses at a password that is gone");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM login_throttle t JOIN user_account u ON u.id = t.user_id"
                + " WHERE u.email = ? AND t.locked_until IS NOT NULL", email));
    }
}
