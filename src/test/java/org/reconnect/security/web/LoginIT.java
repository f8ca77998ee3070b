package org.reconnect.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Login, areas and the HTTP contract of the deployed WAR, seen from outside like a browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final Pattern STACK_TRACE = Pattern.compile("\\tat |Caused by:|\\.java:\\d+\\)");
    private static final List<String> AREAS = List.of("/admin/", "/therapist/", "/portal/");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(LoginIT.class);
    }

    @Test
    void adminLandsInTheAdminAreaOnly() throws Exception {
        assertLandsIn("admin@demo.test", "/admin/", List.of("/admin/"));
    }

    @Test
    void clinicDirectorLandsInTheAdminAreaAndMayAlsoUseTheTherapistArea() throws Exception {
        assertLandsIn("director@demo.test", "/admin/", List.of("/admin/", "/therapist/"));
    }

    @Test
    void therapistsLandInTheTherapistAreaOnly() throws Exception {
        assertLandsIn("maya@demo.test", "/therapist/", List.of("/therapist/"));
        assertLandsIn("omar@demo.test", "/therapist/", List.of("/therapist/"));
    }

    @Test
    void partnersLandInThePortalOnly() throws Exception {
        for (String partner : List.of("alex@demo.test", "sam@demo.test", "jordan@demo.test", "riley@demo.test")) {
            assertLandsIn(partner, "/portal/", List.of("/portal/"));
        }
    }

    @Test
    void disabledUserCannotLogIn() throws Exception {
        WebClient client = new WebClient();

        HttpResponse<String> login = client.logIn("former@demo.test", PASSWORD);

        assertEquals("/login.xhtml", WebClient.location(login));
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("failed=true"));
        assertEquals(200, client.get("/home").statusCode(), "still the login page, not a home page");
        assertTrue(client.get("/home").body().contains("j_security_check"));
    }

    @Test
    void wrongPasswordSendsBackToTheLoginPageWithAMessage() throws Exception {
        WebClient client = new WebClient();

        HttpResponse<String> login = client.logIn("maya@demo.test", "not-the-password");
        HttpResponse<String> page = client.get("/login.xhtml?failed=true");

        assertEquals(302, login.statusCode());
        assertEquals("/login.xhtml", WebClient.location(login));
        assertTrue(page.body().contains("That email and password do not match an active account"));
    }

    @Test
    void anonymousVisitToTheLoginPageStartsNoSession() throws Exception {
        HttpResponse<String> page = new WebClient().get("/login.xhtml");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), () -> "cookies: " + page.headers().allValues("Set-Cookie"));
        assertTrue(page.body().contains("name=\"j_username\""));
        assertTrue(page.body().contains("name=\"j_password\""));
    }

    @Test
    void siteRootSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> root = new WebClient().get("/");

        assertEquals(302, root.statusCode());
        assertEquals("/login.xhtml", WebClient.location(root));
        assertTrue(root.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void unknownPageGetsAFriendlyNotFoundPageWithoutSession() throws Exception {
        HttpResponse<String> missing = new WebClient().get("/no/such/page.xhtml");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("We could not find that page"));
        assertFalse(STACK_TRACE.matcher(missing.body()).find(), missing.body());
        assertTrue(missing.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void expiredPageGetsAFriendlyPageNotAStackTrace() throws Exception {
        WebClient client = new WebClient();
        client.logIn("maya@demo.test", PASSWORD);

        HttpResponse<String> stale = client.post("/therapist/index.xhtml", Map.of(
                "account", "account", "account:signOut", "", "jakarta.faces.ViewState", "-123:456"));

        String page = stale.statusCode() == 302 ? client.get(WebClient.location(stale)).body() : stale.body();

        assertTrue(page.contains("This page has expired"), () -> stale.statusCode() + " " + stale.headers() + page);
        assertFalse(STACK_TRACE.matcher(page).find(), page);
    }

    @Test
    void staticResourcesAreServedCompressedAndCacheable() throws Exception {
        HttpResponse<String> css = new WebClient().get("/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue",
                "Accept-Encoding", "gzip");

        assertEquals(200, css.statusCode());
        assertEquals("gzip", css.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age="),
                () -> "Cache-Control: " + css.headers().firstValue("Cache-Control"));
    }

    @Test
    void sessionIdChangesAtLogin() throws Exception {
        WebClient client = new WebClient();
        client.get("/therapist/");
        String before = client.sessionId();

        client.post("/j_security_check", Map.of("j_username", "maya@demo.test", "j_password", PASSWORD));

        assertNotNull(before, "visiting a protected page starts a session for the login");
        assertNotNull(client.sessionId());
        assertNotEquals(before, client.sessionId());
    }

    @Test
    void signingOutInvalidatesTheSessionSoItsIdIsWorthNothing() throws Exception {
        WebClient client = new WebClient();
        client.logIn("maya@demo.test", PASSWORD);
        HttpResponse<String> home = client.get("/therapist/index.xhtml");
        assertTrue(home.body().contains("My couples"));
        String signedIn = client.sessionId();

        HttpResponse<String> out = client.postForm("/therapist/index.xhtml", home,
                Map.of("account", "account", "account:signOut", ""));
        assertEquals(302, out.statusCode());
        assertTrue(WebClient.location(out).endsWith("/login.xhtml"), WebClient.location(out));

        WebClient replay = new WebClient();
        replay.useSessionId(signedIn);
        HttpResponse<String> again = replay.get("/therapist/index.xhtml");
        assertFalse(again.body().contains("My couples"), "the old session id opens nothing");
        assertTrue(again.body().contains("j_security_check"), "the login form instead");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> response = new WebClient().get("/therapist/");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");

        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    private static void assertLandsIn(String email, String home, List<String> allowed) throws Exception {
        WebClient client = new WebClient();

        HttpResponse<String> login = client.logIn(email, PASSWORD);
        assertEquals(302, login.statusCode(), email);
        HttpResponse<String> landing = client.get(WebClient.location(login));

        assertEquals(home, WebClient.location(landing), email + " lands in " + home);
        for (String area : AREAS) {
            int expected = allowed.contains(area) ? 200 : 403;
            assertEquals(expected, client.get(area).statusCode(), email + " at " + area);
        }
    }
}
