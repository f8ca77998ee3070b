package org.reconnect.shared.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
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
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.PoolServlet;
import org.reconnect.testsupport.container.RunAs;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
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

    /** The test's own archive: a servlet that fills the application's connection pool. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return InContainer.archiveFor(DatabaseOutageIT.class).setWebXML(new StringAsset(PoolServlet.WEB_XML));
    }

    /** Borrows this many of the application's connections at once and gives them back: the pool then holds them. */
    private static void fillThePool(int connections) throws Exception {
        HttpResponse<String> filled = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        TestServer.base().resolve("it-" + DatabaseOutageIT.class.getSimpleName() + PoolServlet.PATH))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("n=" + connections)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, filled.statusCode(), filled.body());
        assertEquals(String.valueOf(connections), filled.body().strip());
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
            HttpResponse<String> change = postTwoStep(admin, openPage, false);
            assertUnavailablePage(change, "a change");
            assertTrue(change.body().contains("probably not saved"), "a change sent hears what became of it: " + change.body());
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
                    assertTrue(r.body().contains("probably not saved"), r.body());
                });
                assertTrue(waited >= 1_500 && waited < 6_000, "waited " + waited + " ms for a lock that is never granted");
                System.out.println("DatabaseOutageIT: a save whose row lock is held answered 503 after " + waited + " ms");
            } finally {
                owner.rollback();
            }
        }
        assertEquals(settingBefore, setting());
        assertEquals(changesBefore, settingsChanges(), "no audit event of a change that was not stored");

        // a frozen database: connections open, no answer. A page waits for one pooled connection's check
        // (1 s) and one new connection's greeting (the socket timeout, 3 s), however many connections the
        // pool holds (here at least eight, as after a busy hour), then says it is unavailable, without a
        // word about saving
        fillThePool(8);
        long pooled = TestDatabase.number("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = ?", EmbeddedMariaDb.USER);
        assertTrue(pooled >= 8, "the pool holds " + pooled + " connections");
        EmbeddedMariaDb database = EmbeddedDatabaseForIT.current();
        database.freeze();
        try {
            long waited = timed(() -> therapist.get("/therapist/index.xhtml"), r -> {
                assertUnavailablePage(r, "a page while the database is frozen");
                assertFalse(r.body().contains("saved from this") || r.body().contains("not saved"),
                        "a page asked for says nothing about saves: " + r.body());
            });
            assertTrue(waited < 10_000, "waited " + waited + " ms on a frozen database");
            System.out.println("DatabaseOutageIT: a page on a frozen database answered 503 after " + waited + " ms, with "
                    + pooled + " connections in the pool");
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

    /**
     * What a person does after "we could not confirm that this was saved": goes back and sends the
     * same form again. The second submission carries the first one's key, gets its result (the
     * same confirmation) and stores nothing new.
     */
    @Test
    void aFormSentAgainGetsTheFirstResultAndStoresNothingNew() throws Exception {
        WebClient sam = new WebClient();
        sam.logIn("sam@demo.test", PASSWORD);
        HttpResponse<String> form = sam.get("/portal/moment.xhtml");
        assertEquals(200, form.statusCode(), form.body());
        String text = "Sent twice " + java.util.UUID.randomUUID();
        Map<String, String> fields = momentFields(form, text);
        assertEquals(2, fields.keySet().stream().filter(name -> name.startsWith("entry:again:")).count(), "the form carries its key");
        for (int sent = 1; sent <= 2; sent++) {
            HttpResponse<String> answer = sam.postForm("/portal/moment.xhtml", form, fields);
            assertEquals(3, answer.statusCode() / 100, "sent " + sent + ": " + answer.statusCode() + " " + answer.body());
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("/portal/index.xhtml"), "sent " + sent);
            HttpResponse<String> home = sam.get(URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath());
            assertTrue(home.body().contains("Micro-moment saved."), "sent " + sent + ": the confirmation");
        }
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM homework_entry WHERE text = ?", text), "stored once");
        long entry = TestDatabase.number("SELECT id FROM homework_entry WHERE text = ?", text);
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ENTRY_LOGGED' AND target_id = ?",
                String.valueOf(entry)), "audited once");
    }

    /**
     * A save committed and answered its redirect, and the page it led to met the outage page: the
     * confirmation is not lost with it. The next page that opens shows it, and only that one.
     */
    @Test
    void theConfirmationOfACommittedSaveWaitsForAPageThatShowsIt() throws Exception {
        EmbeddedMariaDb database = EmbeddedDatabaseForIT.current();
        WebClient sam = new WebClient();
        sam.logIn("sam@demo.test", PASSWORD);
        HttpResponse<String> form = sam.get("/portal/moment.xhtml");
        assertEquals(200, form.statusCode(), form.body());
        String text = "Confirmed after an outage " + java.util.UUID.randomUUID();
        HttpResponse<String> saved = sam.postForm("/portal/moment.xhtml", form, momentFields(form, text));
        assertEquals(3, saved.statusCode() / 100, saved.body());
        URI location = URI.create(saved.headers().firstValue("Location").orElseThrow());
        String next = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM homework_entry WHERE text = ?", text), "the save committed");

        database.pause();
        try {
            HttpResponse<String> outage = sam.get(next);
            assertUnavailablePage(outage, "the page the save led to");
            assertFalse(outage.body().contains("not saved"), "a page asked for says nothing about saves: " + outage.body());
        } finally {
            database.resume();
        }
        HttpResponse<String> home = sam.get(next);
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(home.body().contains("Micro-moment saved."), "the confirmation waited for a page that shows it");
        HttpResponse<String> again = sam.get(next);
        assertFalse(again.body().contains("Micro-moment saved."), "and is shown once");
    }

    /** The micro-moment form filled in ("I turned toward"), as a browser sends it: with the page's hidden fields. */
    static Map<String, String> momentFields(HttpResponse<String> form, String text) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("entry", "entry", "entry:bidBy", "ME",
                "entry:response", "TURNED_TOWARD", "entry:text", text, "entry:save", ""));
        fields.putAll(hiddenFields(form.body()));
        return fields;
    }

    /** A page's plain hidden inputs (not Faces' own), as a browser sends them with the form. */
    static Map<String, String> hiddenFields(String html) {
        Map<String, String> hidden = new java.util.HashMap<>();
        java.util.regex.Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            if (!m.group(1).startsWith("jakarta.faces") && !m.group(1).startsWith("primefaces")) {
                hidden.put(m.group(1), m.group(2));
            }
        }
        return hidden;
    }

    /** What a page says, in short: its title, its messages and the outage page's text. */
    static String gist(String html) {
        StringBuilder gist = new StringBuilder();
        for (String pattern : List.of("<title>([^<]*)</title>", "id=\"unavailableText\">([^<]*)<", "class=\"ui-messages-[a-z]+-summary\">([^<]*)<",
                "class=\"ui-message-[a-z]+-detail\">([^<]*)<")) {
            java.util.regex.Matcher m = Pattern.compile(pattern).matcher(html);
            while (m.find()) {
                gist.append('[').append(m.group(1).strip()).append("] ");
            }
        }
        return gist.toString();
    }
}
