package org.reconnect.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests from pages elsewhere change nothing: a cross-site sign-in (login CSRF) and a cross-site
 * post to a signed-in page are refused with the friendly 403 page before the container acts, and
 * a post without a session never starts one, so it cannot replace anyone's session cookie. And
 * the Host header a client sends never makes a redirect point elsewhere.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final String EVIL = "http://evil.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(CrossSiteIT.class);
    }

    private static Map<String, String> credentials(String email) {
        return Map.of("j_username", email, "j_password", PASSWORD);
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefusedAndSignsNobodyIn() throws Exception {
        TestDatabase.update("DELETE FROM address_throttle");
        long failedBefore = TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action IN ('LOGIN', 'LOGIN_FAILED')"
                + " AND actor = 'riley@demo.test'");
        for (String[] headers : List.of(new String[] {"Origin", EVIL}, new String[] {"Sec-Fetch-Site", "cross-site"},
                new String[] {"Origin", "null"})) {
            WebClient victim = new WebClient();
            HttpResponse<String> login = victim.post("/j_security_check", credentials("riley@demo.test"), headers);
            assertEquals(403, login.statusCode(), String.join(": ", headers));
            assertTrue(login.body().contains("data-error=\"403\"") && login.body().contains("outside Reconnect"),
                    "the friendly page says what happened: " + login.body());
            assertTrue(login.headers().allValues("Set-Cookie").isEmpty(), "no session: " + login.headers());
            assertTrue(victim.get("/portal/").body().contains("j_security_check"), "not signed in");
        }
        assertEquals(failedBefore, TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action IN ('LOGIN', 'LOGIN_FAILED')"
                + " AND actor = 'riley@demo.test'"), "no password was checked");
    }

    @Test
    void aSignInFromOurOwnPageWorks() throws Exception {
        WebClient client = new WebClient();
        TestDatabase.update("DELETE FROM address_throttle");
        client.get("/home");
        HttpResponse<String> login = client.post("/j_security_check", credentials("riley@demo.test"),
                "Origin", TestServer.base().toString().replaceAll("/$", ""), "Sec-Fetch-Site", "same-origin");
        assertEquals(302, login.statusCode());
        assertEquals(200, client.get("/portal/").statusCode());
    }

    @Test
    void aCrossSitePostToASignedInPageChangesNothingAndKeepsTheSession() throws Exception {
        WebClient partner = new WebClient();
        partner.logIn("jordan@demo.test", PASSWORD);
        String session = partner.sessionId();
        long reminders = TestDatabase.number("SELECT COUNT(*) FROM partner p JOIN user_account u ON u.id = p.user_id"
                + " WHERE u.email = 'jordan@demo.test' AND p.reminders_opt_out");
        HttpResponse<String> page = partner.get("/portal/settings.xhtml");

        HttpResponse<String> forged = partner.postForm("/portal/settings.xhtml", page,
                Map.of("settings", "settings", "settings:save", "settings:save"), "Origin", EVIL);

        assertEquals(403, forged.statusCode());
        assertTrue(forged.headers().allValues("Set-Cookie").isEmpty(), "the session cookie is left alone");
        assertEquals(session, partner.sessionId());
        assertEquals(200, partner.get("/portal/").statusCode(), "still signed in");
        assertEquals(reminders, TestDatabase.number("SELECT COUNT(*) FROM partner p JOIN user_account u ON u.id = p.user_id"
                + " WHERE u.email = 'jordan@demo.test' AND p.reminders_opt_out"), "nothing changed");
    }

    @Test
    void aPostWithoutASessionStartsNone() throws Exception {
        WebClient stranger = new WebClient();
        HttpResponse<String> post = stranger.post("/portal/settings.xhtml", Map.of("settings", "settings"));
        assertTrue(post.statusCode() == 302 || post.statusCode() == 303, "sent away: " + post.statusCode());
        assertEquals("/errors/expired.xhtml", WebClient.location(post));
        assertTrue(post.headers().allValues("Set-Cookie").isEmpty(), "no session started: " + post.headers());
    }

    @Test
    void aForeignHostHeaderNeverEndsUpInARedirect() throws Exception {
        TestDatabase.update("DELETE FROM address_throttle");
        String signIn = "j_username=riley%40demo.test&j_password=" + RunAs.DEMO_PASSWORD;
        for (String[] request : List.of(new String[] {"GET", "/", ""}, new String[] {"POST", "/j_security_check", signIn})) {
            String location = rawLocation(request[0], request[1], request[2], "evil.example");
            assertFalse(location.contains("evil.example"), request[1] + " redirected to " + location);
            assertTrue(location.startsWith("/") || location.startsWith(TestServer.base().toString().replaceAll("/$", "")),
                    request[1] + " redirects within the clinic's own address: " + location);
        }
    }

    /** The Location of a request sent with this Host header (a browser never lets a page choose it; a raw client can). */
    private static String rawLocation(String method, String path, String form, String host) throws Exception {
        try (Socket socket = new Socket(TestServer.base().getHost(), TestServer.base().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + (form.isEmpty() ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n")
                    + "\r\n" + form).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> head = new ArrayList<>();
            for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                head.add(line);
            }
            assertTrue(head.get(0).contains(" 302 ") || head.get(0).contains(" 303 "), path + ": " + head);
            return head.stream().filter(h -> h.toLowerCase().startsWith("location:")).map(h -> h.substring(9).strip())
                    .findFirst().orElse("");
        }
    }
}
