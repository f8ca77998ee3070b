package org.reconnect.shared.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.audit.boundary.AuditChainWalk;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.dev.EmbeddedMariaDb;
import org.reconnect.testsupport.EmbeddedDatabaseForIT;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away in the middle of use and comes back: pages say "temporarily
 * unavailable" (503) and never show a stack trace, the change sent during the outage left nothing
 * behind (not its setting, not its audit event), the changes before it are complete, and the
 * application works again at the first request after the database returns, without a restart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final Pattern STACK_TRACE = Pattern.compile("\\tat |Caused by:|\\.java:\\d+\\)|SQLException|JDBC");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(DatabaseOutageIT.class);
    }

    private static HttpResponse<String> saveTherapistTwoStep(WebClient admin, boolean required) throws Exception {
        HttpResponse<String> page = admin.get("/admin/settings.xhtml");
        assertEquals(200, page.statusCode());
        return postTwoStep(admin, page, required);
    }

    private static HttpResponse<String> postTwoStep(WebClient admin, HttpResponse<String> page, boolean required) throws Exception {
        return admin.postForm("/admin/settings.xhtml", page, required
                ? Map.of("twoStep", "twoStep", "twoStep:therapistTwoStep_input", "on", "twoStep:saveTwoStep", "")
                : Map.of("twoStep", "twoStep", "twoStep:saveTwoStep", ""));
    }

    private static String setting() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT value FROM clinic_setting WHERE name = 'security.therapistTwoStep'")) {
            r.next();
            return r.getString(1);
        }
    }

    private static long settingsChanges() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_event WHERE action = 'SETTINGS_CHANGED'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The server's readiness, as a load balancer asks for it (the management port, no sign-in). */
    private static HttpResponse<String> readiness() throws Exception {
        int port = org.reconnect.testsupport.client.TestServer.managementPort();
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/health/ready")).timeout(java.time.Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertUnavailablePage(HttpResponse<String> response, String what) {
        assertEquals(503, response.statusCode(), what + ": " + response.body());
        assertTrue(response.body().contains("Reconnect is unavailable for a moment"), what + ": " + response.body());
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), what);
        assertFalse(STACK_TRACE.matcher(response.body()).find(), what + ": " + response.body());
    }

    @Test
    void anOutageShowsAFriendlyPageLeavesNothingHalfWrittenAndTheAppRecoversByItself() throws Exception {
        EmbeddedMariaDb database = EmbeddedDatabaseForIT.current();
        WebClient admin = new WebClient();
        admin.logIn("admin@demo.test", PASSWORD);
        WebClient therapist = new WebClient();
        therapist.logIn("maya@demo.test", PASSWORD);
        assertEquals(200, therapist.get("/therapist/index.xhtml").statusCode());

        try {
            outageDuringUse(database, admin, therapist);
        } finally {
            TestDatabase.update("UPDATE clinic_setting SET value = 'OPTIONAL' WHERE name = 'security.therapistTwoStep'");
        }
    }

    private static void outageDuringUse(EmbeddedMariaDb database, WebClient admin, WebClient therapist) throws Exception {
        // before the outage: a change with its audit event
        long changesBefore = settingsChanges();
        assertEquals(200, saveTherapistTwoStep(admin, true).statusCode());
        assertEquals("REQUIRED", setting());
        assertEquals(changesBefore + 1, settingsChanges());
        HttpResponse<String> openPage = admin.get("/admin/settings.xhtml");
        WebClient alex = new WebClient();
        alex.logIn("alex@demo.test", PASSWORD);
        HttpResponse<String> conversation = alex.get("/portal/messages.xhtml");
        assertEquals(200, conversation.statusCode());
        long messagesBefore = TestDatabase.number("SELECT COUNT(*) FROM message");

        HttpResponse<String> ready = readiness();
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready.body());

        database.pause();
        try {
            // a balancer asking the server whether it is ready hears that it is not
            HttpResponse<String> notReady = readiness();
            assertEquals(503, notReady.statusCode(), notReady.body());
            assertTrue(notReady.body().contains("\"name\":\"database\",\"status\":\"DOWN\""), notReady.body());
            assertUnavailablePage(therapist.get("/therapist/index.xhtml"), "a page");
            assertUnavailablePage(postTwoStep(admin, openPage, false), "a change");
            assertUnavailablePage(alex.postForm("/portal/messages.xhtml", conversation,
                    Map.of("compose", "compose", "compose:body", "Sent during the outage", "compose:send", "")), "a message sent");
            HttpResponse<String> ajax = therapist.get("/therapist/index.xhtml", "Faces-Request", "partial/ajax");
            assertTrue(ajax.statusCode() == 503 || ajax.body().contains("/errors/unavailable.xhtml"), ajax.body());
            assertEquals(200, new WebClient().get("/login.xhtml").statusCode(), "the login page needs no database");
        } finally {
            database.resume();
        }

        assertEquals(200, readiness().statusCode(), "ready again once the database is back");
        // the first request after the database is back works: no restart, no stale connection
        HttpResponse<String> back = therapist.get("/therapist/index.xhtml");
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(back.body().contains("RC-2026-0001"));

        // the message sent during the outage is not there, not even in part
        assertEquals(messagesBefore, TestDatabase.number("SELECT COUNT(*) FROM message"));
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM message WHERE body = 'Sent during the outage'"));
        // the change sent during the outage left nothing: neither the setting nor an audit event
        assertEquals("REQUIRED", setting());
        assertEquals(changesBefore + 1, settingsChanges());
        try (Connection c = TestDatabase.connect()) {
            AuditChain.Verification chain = AuditChainWalk.walk(c, checked -> { });
            assertTrue(chain.intact(), () -> "first bad row " + chain.firstBadSeq() + ": " + chain.problem());
        }

        // and the same change goes through now
        assertEquals(200, saveTherapistTwoStep(admin, false).statusCode());
        assertEquals("OPTIONAL", setting());
        assertEquals(changesBefore + 2, settingsChanges());
    }

    /** Runs the request and says how long it took, in milliseconds. */
    private static <T> long timed(java.util.concurrent.Callable<T> request, java.util.function.Consumer<T> check) throws Exception {
        long start = System.nanoTime();
        T answer = request.call();
        long millis = (System.nanoTime() - start) / 1_000_000;
        check.accept(answer);
        return millis;
    }

    @Test
    void aFrozenDatabaseOrAHeldLockHoldsNobodyLongerThanTheTimeoutsThenShowsTheOutagePage() throws Exception {
        WebClient therapist = new WebClient();
        therapist.logIn("maya@demo.test", PASSWORD);
        WebClient admin = new WebClient();
        admin.logIn("admin@demo.test", PASSWORD);
        HttpResponse<String> openPage = admin.get("/admin/settings.xhtml");
        assertEquals(200, openPage.statusCode());
        long changesBefore = settingsChanges();
        String settingBefore = setting();
        try {
            heldLockAndFrozenDatabase(therapist, admin, openPage, changesBefore, settingBefore);
        } finally {
            TestDatabase.update("UPDATE clinic_setting SET value = 'OPTIONAL' WHERE name = 'security.therapistTwoStep'");
        }
    }

    private static void heldLockAndFrozenDatabase(WebClient therapist, WebClient admin, HttpResponse<String> openPage,
                                                  long changesBefore, String settingBefore) throws Exception {
        // a row lock held elsewhere (an open transaction of the schema's owner): the save waits for
        // InnoDB's lock wait timeout (2 s), then gets the outage page, and stores nothing
        try (Connection owner = java.sql.DriverManager.getConnection(TestDatabase.url(), EmbeddedMariaDb.OWNER_USER,
                EmbeddedMariaDb.OWNER_PASSWORD)) {
            owner.setAutoCommit(false);
            try (Statement s = owner.createStatement()) {
                s.executeQuery("SELECT value FROM clinic_setting WHERE name = 'security.therapistTwoStep' FOR UPDATE").close();
                long waited = timed(() -> postTwoStep(admin, openPage, true), r -> {
                    assertUnavailablePage(r, "a change whose row is locked");
                    assertTrue(r.body().contains("most likely not saved"), r.body());
                });
                assertTrue(waited >= 1_500 && waited < 6_000, "waited " + waited + " ms for a lock that is never granted");
                System.out.println("DatabaseOutageIT: a save whose row lock is held answered 503 after " + waited + " ms");
            } finally {
                owner.rollback();
            }
        }
        assertEquals(settingBefore, setting());
        assertEquals(changesBefore, settingsChanges(), "no audit event of a change that was not stored");

        // a frozen database: connections open, no answer. A page waits for the socket timeout (3 s, a few times)
        // at most, then says it is unavailable, without a word about saving
        EmbeddedMariaDb database = EmbeddedDatabaseForIT.current();
        database.freeze();
        try {
            long waited = timed(() -> therapist.get("/therapist/index.xhtml"), r -> {
                assertUnavailablePage(r, "a page while the database is frozen");
                assertFalse(r.body().contains("saved from this") || r.body().contains("not saved"),
                        "a page asked for says nothing about saves: " + r.body());
            });
            assertTrue(waited < 10_000, "waited " + waited + " ms on a frozen database");
            System.out.println("DatabaseOutageIT: a page on a frozen database answered 503 after " + waited + " ms");
        } finally {
            database.thaw();
        }
        // and it works again at once
        HttpResponse<String> back = therapist.get("/therapist/index.xhtml");
        assertEquals(200, back.statusCode(), back.body());
        try (Connection c = TestDatabase.connect()) {
            AuditChain.Verification chain = AuditChainWalk.walk(c, checked -> { });
            assertTrue(chain.intact(), () -> "first bad row " + chain.firstBadSeq() + ": " + chain.problem());
        }
    }
}
