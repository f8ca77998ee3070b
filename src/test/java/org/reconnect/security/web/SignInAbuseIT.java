package org.reconnect.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.Timings;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in that cannot be turned against its users, over HTTP as an attacker would try it: the
 * failed-login handling counts only the container's own failed checks; there is one lockout (the
 * product's, not also WildFly's hidden one), answered as slowly as a wrong password; and one client
 * address that fails too often waits, twice as long each time, whatever emails it tries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInAbuseIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(SignInAbuseIT.class);
    }

    private static String newTherapist() {
        return TestDatabase.newStaff("THERAPIST");
    }

    private static long audited(String action, String actor) {
        return TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ?", action, actor);
    }

    /** A sign-in posted as the login form posts it, without clearing the address's count. */
    private static HttpResponse<String> post(WebClient client, String email, String password) throws Exception {
        return client.post("/j_security_check", Map.of("j_username", email, "j_password", password));
    }

    private static boolean signsIn(String email, String password) throws Exception {
        HttpResponse<String> login = new WebClient().logIn(email, password);
        return login.statusCode() == 302 && !login.headers().firstValue("Location").orElse("").contains("login.xhtml");
    }

    @Test
    void postingToTheLoginErrorPageDirectlyCountsAndAuditsNothing() throws Exception {
        String therapist = newTherapist();
        WebClient attacker = new WebClient();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> answer = attacker.post("/login-failed", Map.of("j_username", therapist));
            assertEquals(302, answer.statusCode());
        }

        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM login_throttle t JOIN user_account u ON u.id = t.user_id"
                + " WHERE u.email = ?", therapist), "nothing counted");
        assertEquals(0, audited("LOGIN_FAILED", therapist));
        assertEquals(0, audited("ACCOUNT_LOCKED", therapist));
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM address_throttle"), "not against the address either");
        assertTrue(signsIn(therapist, PASSWORD), "the right password still works");
    }

    @Test
    void aRealFailedSignInIsStillCountedAndAudited() throws Exception {
        String therapist = newTherapist();
        assertFalse(signsIn(therapist, "not-the-password"));
        assertEquals(1, audited("LOGIN_FAILED", therapist));
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM login_throttle t JOIN user_account u ON u.id = t.user_id"
                + " WHERE u.email = ? AND t.recent_failures <> ''", therapist));
    }

    @Test
    void thereIsOneLockoutTheProductsAndWildFlysOwnIsOff() throws Exception {
        String therapist = newTherapist();
        long userId = TestDatabase.number("SELECT id FROM user_account WHERE email = ?", therapist);
        // twelve wrong passwords in a row: past WildFly's default of ten; the product's lock is lifted on the way
        for (int i = 0; i < 12; i++) {
            assertFalse(signsIn(therapist, "wrong-" + i));
            if (i == 4 || i == 9) {
                assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM login_throttle WHERE user_id = ? AND locked_until IS NOT NULL",
                        userId), "the product's own lock, visible to admins");
                TestDatabase.update("DELETE FROM login_throttle WHERE user_id = ?", userId);
            }
        }
        TestDatabase.update("DELETE FROM login_throttle WHERE user_id = ?", userId);
        assertTrue(signsIn(therapist, PASSWORD), "lifting the product's lock is enough: no second, hidden lock");
    }

    @Test
    void aLockedAccountIsAnsweredAsSlowlyAsAWrongPassword() throws Exception {
        String locked = newTherapist();
        String open = newTherapist();
        for (int i = 0; i < 5; i++) {
            assertFalse(signsIn(locked, "wrong-" + i));
        }
        List<Long> lockedTimes = new ArrayList<>();
        List<Long> wrongTimes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lockedTimes.add(timed(locked, PASSWORD));
            wrongTimes.add(timed(open, "wrong-password"));
            TestDatabase.update("DELETE FROM login_throttle WHERE user_id = (SELECT id FROM user_account WHERE email = ?)", open);
        }
        long lockedMedian = Timings.median(lockedTimes);
        long wrongMedian = Timings.median(wrongTimes);
        // both check a bcrypt hash; a lock answered before the check would take a fraction of it
        assertTrue(lockedMedian * 2 >= wrongMedian, "locked " + lockedTimes + " ns, wrong password " + wrongTimes + " ns");
    }

    private static long timed(String email, String password) throws Exception {
        WebClient client = new WebClient();
        TestDatabase.update("DELETE FROM address_throttle");
        client.get("/login.xhtml");
        long start = System.nanoTime();
        HttpResponse<String> answer = post(client, email, password);
        long took = System.nanoTime() - start;
        assertTrue(answer.headers().firstValue("Location").orElse("").contains("failed=true"), "refused: " + answer.headers());
        return took;
    }

    @Test
    void oneAddressThatFailsTooOftenWaitsLongerEachTimeWhateverTheEmail() throws Exception {
        TestDatabase.update("DELETE FROM address_throttle");
        String therapist = newTherapist();
        WebClient sprayer = new WebClient();
        long throttledBefore = TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ADDRESS_THROTTLED'");
        // ten unknown emails, one common password each: free
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer = post(sprayer, "nobody-" + UUID.randomUUID() + "@spray.test", "Password123!");
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("failed=true"), "attempt " + i + " was checked");
        }
        // the eleventh failure starts the wait
        post(sprayer, "nobody-" + UUID.randomUUID() + "@spray.test", "Password123!");
        assertEquals(throttledBefore + 1, TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ADDRESS_THROTTLED'"));

        long failedBefore = audited("LOGIN_FAILED", therapist);
        HttpResponse<String> waiting = post(sprayer, therapist, PASSWORD);
        String location = waiting.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("login.xhtml?wait="), "refused before any password is checked: " + location);
        assertEquals(failedBefore, audited("LOGIN_FAILED", therapist), "nothing was checked, so nothing failed");
        HttpResponse<String> page = sprayer.get("/login.xhtml?wait=1");
        assertTrue(page.body().contains("id=\"waitNotice\""), "the login page says to wait");
        assertFalse(page.body().toLowerCase().contains("locked"), "and says nothing about any account");

        // once the wait is over the next failure waits twice as long
        TestDatabase.update("UPDATE address_throttle SET wait_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND");
        post(sprayer, "nobody-" + UUID.randomUUID() + "@spray.test", "Password123!");
        long waitMillis = TestDatabase.number(
                "SELECT TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(6), wait_until) DIV 1000 FROM address_throttle");
        assertTrue(waitMillis > 1000 && waitMillis <= 2000, "the second wait is two seconds: " + waitMillis + " ms left");

        TestDatabase.update("UPDATE address_throttle SET wait_until = NULL");
        String after = post(sprayer, therapist, PASSWORD).headers().firstValue("Location").orElse("");
        assertFalse(after.isEmpty() || after.contains("login.xhtml"), "after the wait the right password works: " + after);
        TestDatabase.update("DELETE FROM address_throttle");
    }
}
