package org.reconnect.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.security.boundary.SessionRegistry;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Http;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signed-in sessions are shared by every server through the database: a session another
 * server ended is refused here at its next request, a session another server registered is in
 * the person's list here and can be ended from here, and a session that signs out is marked as
 * ended for all. "Another server" is played by writing its rows directly.
 */
@ExtendWith(ArquillianExtension.class)
class SharedSessionsIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(SharedSessionsIT.class);
    }

    private static long openRows(String email) throws Exception {
        return Deployed.number("""
                SELECT COUNT(*) FROM signed_in_session s JOIN user_account u ON u.id = s.user_id
                WHERE u.email = ? AND s.ended_at IS NULL""", email);
    }

    /** Signed out: the login form at the address asked for, or a redirect to the login page. */
    private static boolean redirectedToSignIn(HttpResponse<String> response) {
        return response.body().contains("j_security_check")
                || response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").contains("/login.xhtml");
    }

    /** A browser signed in as this person, past the first page (where the session registers). */
    private static Http signedIn(String email) throws Exception {
        Http browser = new Http();
        assertTrue(browser.logIn(email, PASSWORD));
        assertEquals(200, browser.get("/therapist/index.xhtml").statusCode());
        return browser;
    }

    @Test
    void aSessionAnotherServerEndedIsRefusedHereAtItsNextRequest() throws Exception {
        String email = Fixtures.therapist(Fixtures.uniqueEmail("shared"));
        Http browser = signedIn(email);
        assertEquals(1, openRows(email), "signing in registered the session for every server");

        // another server ends this login's sessions (a deactivation, a new password there)
        Deployed.update("""
                UPDATE signed_in_session SET ended_at = NOW(6)
                WHERE user_id = (SELECT id FROM user_account WHERE email = ?)""", email);

        HttpResponse<String> refused = browser.get("/therapist/index.xhtml");
        assertTrue(redirectedToSignIn(refused), "the ended session is refused here: " + refused.body());
        assertFalse(refused.body().contains("caseloadSummary"), "no caseload for a session that ended");
        HttpResponse<String> again = browser.get("/therapist/index.xhtml");
        assertTrue(redirectedToSignIn(again), "and stays signed out: " + again.body());
    }

    @Test
    void aSessionWhoseRowIsGoneIsRefusedToo() throws Exception {
        String email = Fixtures.therapist(Fixtures.uniqueEmail("purged"));
        Http browser = signedIn(email);
        // the row deleted (purged a day after it ended, or never written): nothing vouches for the session
        assertEquals(1, Deployed.update("""
                DELETE FROM signed_in_session WHERE user_id = (SELECT id FROM user_account WHERE email = ?)""", email));
        HttpResponse<String> refused = browser.get("/therapist/index.xhtml");
        assertTrue(redirectedToSignIn(refused), "a session no row vouches for is refused: " + refused.body());
        assertFalse(refused.body().contains("caseloadSummary"));
    }

    @Test
    void anotherLoginInTheSameSessionEndsTheFirstLoginsRow() throws Exception {
        String first = Fixtures.therapist(Fixtures.uniqueEmail("first"));
        String second = Fixtures.therapist(Fixtures.uniqueEmail("second"));
        Http browser = signedIn(first);
        assertEquals(1, openRows(first));

        // the same browser session signs in as someone else: the first login's session is over,
        // and its row must not stay in that person's list as a session that could still be used
        assertTrue(browser.logIn(second, PASSWORD));
        assertEquals(200, browser.get("/therapist/index.xhtml").statusCode());
        assertEquals(0, openRows(first), "the first login's row ended when another login took the session");
        assertEquals(1, openRows(second), "the second login registered its own row");
    }

    @Test
    void aSessionAnotherServerRegisteredIsListedAndEndedFromHere() throws Exception {
        String email = Fixtures.therapist(Fixtures.uniqueEmail("listed"));
        Http browser = signedIn(email);
        String device = "Firefox on Linux " + UUID.randomUUID().toString().substring(0, 6);
        String handle = "other-" + UUID.randomUUID().toString().substring(0, 12);
        Deployed.update("""
                INSERT INTO signed_in_session (handle, user_id, device, address, signed_in_at, last_active_at, idle_seconds)
                SELECT ?, id, ?, '192.0.2.7', NOW(6), NOW(6), 900 FROM user_account WHERE email = ?""", handle, device, email);

        String page = browser.get("/account/security.xhtml").body();
        assertTrue(page.contains(device), "the list holds the session the other server registered");
        assertFalse(page.contains(handle), "a handle is never shown as such");

        SessionRegistry registry = Deployed.bean(SessionRegistry.class);
        assertTrue(registry.endSession(email, handle));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM signed_in_session WHERE handle = ? AND ended_at IS NOT NULL", handle));
        assertFalse(registry.endSession(email, handle), "an ended session cannot be ended twice");
        assertFalse(browser.get("/account/security.xhtml").body().contains(device));
        assertEquals(200, browser.get("/therapist/index.xhtml").statusCode(), "this session was spared");
    }

    @Test
    void aSessionThatIdledPastItsLimitOnAServerThatStoppedIsNotListed() throws Exception {
        String email = Fixtures.therapist(Fixtures.uniqueEmail("idled"));
        Http browser = signedIn(email);
        String device = "Safari on iOS " + UUID.randomUUID().toString().substring(0, 6);
        // a server that stopped without telling: its row was never ended, but it idled out long ago
        Deployed.update("""
                INSERT INTO signed_in_session (handle, user_id, device, address, signed_in_at, last_active_at, idle_seconds)
                SELECT ?, id, ?, NULL, NOW(6) - INTERVAL 2 HOUR, NOW(6) - INTERVAL 1 HOUR, 900 FROM user_account WHERE email = ?""",
                "gone-" + UUID.randomUUID().toString().substring(0, 12), device, email);

        assertFalse(browser.get("/account/security.xhtml").body().contains(device));
        assertEquals(1, Deployed.bean(SessionRegistry.class).openSessionsOf(email));
    }
}
