package org.reconnect.shared.web;

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

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests no page of Reconnect sends (a postback with a wrong or missing nonce, letters in a
 * number field, an id that is not a number, a body of 600 KB) are answered 4xx with the friendly
 * error page, change nothing, and leave at most one WARN line in the server log, never an ERROR
 * or a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadRequestsIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(BadRequestsIT.class);
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("it.server.base"), "log", "server.log");
    }

    /** What the server logged while the work ran. */
    private static List<String> logged(ThrowingRunnable work) throws Exception {
        long mark = Files.size(serverLog());
        work.run();
        Thread.sleep(200); // the log is written by another thread
        try (RandomAccessFile log = new RandomAccessFile(serverLog().toFile(), "r")) {
            log.seek(Math.min(mark, log.length()));
            byte[] added = new byte[(int) (log.length() - log.getFilePointer())];
            log.readFully(added);
            return new String(added, StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static void assertQuietLog(List<String> lines, String what) {
        assertTrue(lines.stream().noneMatch(l -> l.contains(" ERROR [")), what + ": no ERROR: " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by")), what + ": no stack trace: " + lines);
        assertTrue(lines.stream().filter(l -> l.contains(" WARN [")).count() <= 1, what + ": at most one WARN: " + lines);
    }

    private static void assertFriendly(HttpResponse<String> answer, int status, String what) {
        assertEquals(status, answer.statusCode(), what);
        assertTrue(answer.body().contains("data-error=\"" + status + "\""), what + ": the friendly page: " + answer.body());
    }

    private static long remindersOff(String email) {
        return TestDatabase.number("SELECT COUNT(*) FROM partner p JOIN user_account u ON u.id = p.user_id"
                + " WHERE u.email = ? AND p.reminders_opt_out", email);
    }

    @Test
    void aPostbackWithAnotherNonceIsRefusedBeforeItChangesAnything() throws Exception {
        WebClient partner = new WebClient();
        partner.logIn("riley@demo.test", PASSWORD);
        long before = remindersOff("riley@demo.test");
        HttpResponse<String> page = partner.get("/portal/settings.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("settings", "settings");
        if (before == 1) {
            form.put("settings:reminders_input", "on");   // a change either way
        }
        form.put("settings:save", "settings:save");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));

        for (String nonce : new String[] {"WRONG", null}) {
            Map<String, String> posted = new LinkedHashMap<>(form);
            if (nonce != null) {
                posted.put("primefaces.nonce", nonce);
            }
            HttpResponse<String>[] answer = new HttpResponse[1];
            List<String> log = logged(() -> answer[0] = partner.post("/portal/settings.xhtml", posted));
            assertFriendly(answer[0], 400, "nonce " + nonce);
            assertQuietLog(log, "nonce " + nonce);
            assertEquals(before, remindersOff("riley@demo.test"), "the setting did not change (nonce " + nonce + ")");
        }
    }

    @Test
    void anAnonymousPostbackWithoutANonceIsABadRequest() throws Exception {
        HttpResponse<String>[] answer = new HttpResponse[1];
        List<String> log = logged(() -> answer[0] = new WebClient().post("/login.xhtml",
                Map.of("jakarta.faces.ViewState", "stateless")));
        assertFriendly(answer[0], 400, "no nonce");
        assertQuietLog(log, "no nonce");
    }

    @Test
    void lettersInANumberFieldAreABadRequestAndAssignNothing() throws Exception {
        WebClient maya = new WebClient();
        maya.logIn("maya@demo.test", PASSWORD);
        long couple = TestDatabase.number("SELECT p.couple_id FROM partner p JOIN user_account u ON u.id = p.user_id"
                + " WHERE u.email = 'alex@demo.test'");
        long plans = TestDatabase.number("SELECT COUNT(*) FROM assessment_plan WHERE couple_id = ?", couple);
        String path = "/therapist/couple.xhtml?id=" + couple;
        HttpResponse<String> page = maya.get(path);
        assertEquals(200, page.statusCode());

        HttpResponse<String>[] answer = new HttpResponse[1];
        List<String> log = logged(() -> answer[0] = maya.postForm(path, page, Map.of(
                "assessmentForm", "assessmentForm",
                "assessmentForm:recurrence", "EVERY_N_WEEKS",
                "assessmentForm:everyWeeks_input", "2'x",
                "assessmentForm:everyWeeks_hinput", "2'x",
                "assessmentForm:assignAssessment", "assessmentForm:assignAssessment")));
        assertFriendly(answer[0], 400, "letters in a number");
        assertQuietLog(log, "letters in a number");
        assertEquals(plans, TestDatabase.number("SELECT COUNT(*) FROM assessment_plan WHERE couple_id = ?", couple));
    }

    @Test
    void anIdThatIsNotANumberIsNotFound() throws Exception {
        WebClient maya = new WebClient();
        maya.logIn("maya@demo.test", PASSWORD);
        for (String id : List.of("abc", "1'", "99999999999999999999", "-1")) {
            HttpResponse<String>[] answer = new HttpResponse[1];
            List<String> log = logged(() -> answer[0] = maya.get("/therapist/couple.xhtml?id=" + id));
            assertFriendly(answer[0], 404, "id " + id);
            assertQuietLog(log, "id " + id);
        }
    }

    @Test
    void aBodyOfSixHundredKilobytesIsRefusedBeforeItIsRead() throws Exception {
        WebClient partner = new WebClient();
        partner.logIn("riley@demo.test", PASSWORD);
        String big = "x".repeat(600 * 1024);
        for (String path : List.of("/portal/index.xhtml", "/login.xhtml", "/j_security_check")) {
            HttpResponse<String>[] answer = new HttpResponse[1];
            List<String> log = logged(() -> answer[0] = partner.post(path, Map.of("filler", big)));
            assertFriendly(answer[0], 413, path);
            assertQuietLog(log, path);
        }
    }

    @Test
    void theServerLogRotatesBySizeAndBodiesHaveAHardLimit() throws Exception {
        String configuration = Files.readString(Path.of(System.getProperty("it.server.base"), "configuration", "standalone.xml"));
        assertTrue(configuration.contains("<periodic-size-rotating-file-handler name=\"SERVER_LOG\"")
                && configuration.contains("<rotate-size value=\"10m\"/>"), "server.log rotates at 10 MB");
        assertTrue(configuration.contains("max-post-size=\"1048576\""), "the listeners refuse bodies over 1 MB");
        assertTrue(configuration.contains("wildfly.elytron.realm.reconnectRealm.brute-force.enabled"), "one lockout, the product's");
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws IOException, InterruptedException;
    }
}
