package org.reconnect.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.security.control.Totp;
import org.reconnect.testsupport.client.DemoTwoStep;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second sign-in step over HTTP, as a browser meets it: a staff member with a password but
 * no code yet reaches nothing but the two-step page; a wrong code keeps them there; the right
 * code (or a recovery code) lets them in under a new session id; a new admin enrols first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoStepLoginIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(TwoStepLoginIT.class);
    }

    /** Posts the login form only: the password step. */
    private static WebClient passwordOnly(String email) throws Exception {
        WebClient client = new WebClient();
        client.get("/home");
        HttpResponse<String> login = client.post("/j_security_check", Map.of("j_username", email, "j_password", PASSWORD));
        assertEquals(302, login.statusCode());
        return client;
    }

    @Test
    void withOnlyThePasswordEveryPageLeadsToTheTwoStepPage() throws Exception {
        WebClient client = passwordOnly("admin@demo.test");
        for (String path : List.of("/home", "/admin/", "/admin/audit.xhtml", "/admin/couples.xhtml")) {
            HttpResponse<String> page = client.get(path);
            assertEquals(302, page.statusCode(), path);
            assertEquals("/account/two-step.xhtml", WebClient.location(page), path);
        }
        HttpResponse<String> ajax = client.get("/admin/index.xhtml", "Faces-Request", "partial/ajax");
        assertTrue(ajax.body().contains("<redirect url=\"/account/two-step.xhtml\"/>"), ajax.body());
        HttpResponse<String> twoStep = client.get("/account/two-step.xhtml");
        assertEquals(200, twoStep.statusCode());
        assertTrue(twoStep.body().contains("Enter the 6-digit code"), twoStep.body());
        assertFalse(twoStep.body().contains("navAudit"), "no way into the admin pages yet");
        assertEquals(200, client.get("/help/crisis.xhtml").statusCode(), "crisis help stays open");
    }

    @Test
    void aWrongCodeKeepsThePersonOutAndTheRightOneLetsThemInUnderANewSessionId() throws Exception {
        WebClient client = passwordOnly("director@demo.test");
        HttpResponse<String> wrong = client.submitCode("000000".equals(DemoTwoStep.freshCode("director@demo.test")) ? "111111" : "000000");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("That code is not right"), wrong.body());
        assertEquals("/account/two-step.xhtml", WebClient.location(client.get("/admin/")));

        String before = client.sessionId();
        HttpResponse<String> right = client.submitCode(DemoTwoStep.freshCode("director@demo.test"));
        assertEquals(302, right.statusCode(), right.body());
        assertNotEquals(before, client.sessionId(), "a new session id once the second step is passed");
        assertEquals(200, client.get("/admin/").statusCode());
        assertEquals(200, client.get("/therapist/").statusCode());
    }

    @Test
    void noPathTrickReachesAPageBeforeTheSecondStep() throws Exception {
        WebClient client = passwordOnly("admin@demo.test");
        for (String path : List.of("/help/%2e%2e/admin/couples.xhtml", "/errors/%2e%2e/admin/audit.xhtml",
                "/help/..;/admin/couples.xhtml", "/jakarta.faces.resource/%2e%2e/admin/couples.xhtml",
                "/account/two-step.xhtml/../../admin/couples.xhtml", "/admin/couples.xhtml;jsessionid=x")) {
            HttpResponse<String> page = client.get(path);
            assertFalse(page.statusCode() == 200 && page.body().contains("RC-2026-0001"), path + " showed the couples: " + page.statusCode());
            assertFalse(page.body().contains("Dana Whitfield") && page.body().contains("navAudit"), path);
        }
    }

    @Test
    void aSecondLoginInTheSameSessionNeedsItsOwnSecondStep() throws Exception {
        WebClient client = new WebClient();
        client.logIn("maya@demo.test", PASSWORD);
        assertEquals(200, client.get("/therapist/").statusCode(), "a therapist without two-step is in");

        // the same session now posts an admin's password
        HttpResponse<String> again = client.post("/j_security_check", Map.of("j_username", "director@demo.test", "j_password", PASSWORD));
        assertTrue(again.statusCode() == 302 || again.statusCode() == 200, String.valueOf(again.statusCode()));
        HttpResponse<String> admin = client.get("/admin/");
        assertTrue(admin.statusCode() != 200 || !admin.body().contains("Clinic at a glance"),
                "the admin area without the admin's code: " + admin.statusCode());
        if (admin.statusCode() == 302) {
            assertTrue(WebClient.location(admin).endsWith("/account/two-step.xhtml") || WebClient.location(admin).endsWith("/login.xhtml"),
                    WebClient.location(admin));
        }
    }

    @Test
    void whileTheAccountIsLockedNotEvenTheRightCodeCounts() throws Exception {
        String email = TestDatabase.newStaff("ADMIN");
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        TestDatabase.update("INSERT INTO two_step (user_id, secret, confirmed_at) SELECT id, ?, NOW(6) FROM user_account WHERE email = ?",
                secret, email);
        WebClient opened = passwordOnly(email);       // a session that got the password in before the lock
        WebClient guessing = passwordOnly(email);
        for (int i = 0; i < 5; i++) {
            guessing.submitCode(String.format("%06d", (Integer.parseInt(Totp.codeAt(secret, Instant.now())) + 1 + i) % 1_000_000));
        }
        try {
            HttpResponse<String> right = opened.submitCode(Totp.codeAt(secret, Instant.now()));
            assertEquals(302, right.statusCode());
            assertTrue(right.headers().firstValue("Location").orElse("").contains("/login.xhtml?failed=true"),
                    "locked: the session ends instead: " + right.headers().firstValue("Location"));
            HttpResponse<String> after = opened.get("/admin/");
            assertFalse(after.body().contains("Clinic at a glance"), "not in");
            assertTrue(after.body().contains("j_security_check"), "signed out: the login form");
        } finally {
            TestDatabase.update("DELETE FROM login_throttle WHERE user_id = (SELECT id FROM user_account WHERE email = ?)", email);
        }
    }

    @Test
    void therapistsWithoutItGoStraightIn() throws Exception {
        WebClient client = passwordOnly("maya@demo.test");
        assertEquals(200, client.get("/therapist/").statusCode());
    }

    @Test
    void aNewAdminEnrolsWithTheKeyShownAndGetsRecoveryCodesThatWorkOnce() throws Exception {
        String email = TestDatabase.newStaff("ADMIN");

        WebClient client = passwordOnly(email);
        HttpResponse<String> page = client.get("/account/two-step.xhtml");
        assertTrue(page.body().contains("scan this code"), page.body());
        assertTrue(page.body().contains("src=\"data:image/svg+xml;base64,"), "the QR code");
        Matcher key = Pattern.compile("<code id=\"secret\" class=\"secret\">([A-Z2-7 ]+)</code>").matcher(page.body());
        assertTrue(key.find(), page.body());
        String secret = key.group(1).replace(" ", "");

        HttpResponse<String> confirmed = client.postForm("/account/two-step.xhtml", page, Map.of(
                "twoStep", "twoStep",
                "twoStep:firstCode", Totp.codeAt(secret, Instant.now()),
                "twoStep:confirm", "twoStep:confirm"));
        assertEquals(200, confirmed.statusCode());
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY.matcher(confirmed.body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertEquals(10, codes.size(), confirmed.body());
        assertEquals(200, client.get("/admin/").statusCode(), "in, once enrolled");

        // next sign-in: a recovery code works once
        WebClient again = passwordOnly(email);
        assertEquals(302, again.submitCode(codes.get(0)).statusCode());
        assertEquals(200, again.get("/admin/").statusCode());
        WebClient third = passwordOnly(email);
        HttpResponse<String> reused = third.submitCode(codes.get(0));
        assertTrue(reused.body().contains("That code is not right"), "a recovery code is used up");
        assertEquals("/account/two-step.xhtml", WebClient.location(third.get("/admin/")));
    }
}
