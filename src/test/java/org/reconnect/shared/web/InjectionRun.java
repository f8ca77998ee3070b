package org.reconnect.shared.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.InjectionCorpus;
import org.reconnect.testsupport.client.InjectionCorpus.Field;
import org.reconnect.testsupport.client.InjectionCorpus.Payload;
import org.reconnect.testsupport.client.InjectionCoverage;
import org.reconnect.testsupport.client.InjectionCoverage.Outcome;
import org.reconnect.testsupport.client.PageSafety;
import org.reconnect.testsupport.container.RunAs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One run of {@link InjectionCorpusBrowserIT}: the browser and its checks, the coverage so far,
 * the fixtures the run makes for itself (a therapist, a couple, a questionnaire) with the values
 * they hold, what the database must hold at the end, and the moves every form shares: spread the
 * corpus over fields, type it, expect it shown again or refused with a message.
 */
final class InjectionRun {

    static final String ADMIN = "admin@demo.test";
    static final String DEMO_PASSWORD = RunAs.DEMO_PASSWORD;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The whole corpus in one text. */
    static final String ALL = InjectionCorpus.joined(InjectionCorpus.all());
    /** What the plain-text fields (homework, notes, sessions, questionnaires) accept: no opening HTML tag. */
    static final List<Payload> PLAIN = InjectionCorpus.withoutMarkup();
    static final String MARKUP_MESSAGE = "HTML tags such as <script> or <b> are not accepted";

    final Browser browser;
    final PageSafety safety;
    final InjectionCoverage coverage = new InjectionCoverage();
    /** What must be in the database at the end, exactly: a query, its parameter, the value. */
    final List<Object[]> storedChecks = new ArrayList<>();
    int databaseChecks;
    private int spreads;

    // the fixtures of this run, and what they hold
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String therapistEmail = "inj-therapist-" + tag + "@browser.test";
    /** ASCII (chromedriver types it at sign-in), under bcrypt's 72 bytes, 12 or more characters. */
    final String therapistPassword = "'; DROP TABLE couple; -- <svg onload=alert(1)> #{1+1}";
    final String partnerEmail = "inj-partner-" + tag + "@browser.test";
    /** Beyond ASCII too (but within the BMP, which chromedriver types). */
    final String partnerPassword = "\" OR \"\"=\" javascript:alert(1) ${7*7} Zoë 漢字 ✓";
    String therapistName;
    String therapistCredentials;
    long therapistId;
    String caseNumber;
    long coupleId;
    final Map<String, String> partner1 = new LinkedHashMap<>();
    final Map<String, String> partner2 = new LinkedHashMap<>();
    String instrumentCode;
    final Map<String, String> instrumentTexts = new LinkedHashMap<>();
    final Map<String, String> homeworkTitles = new LinkedHashMap<>();
    final Map<String, String> homeworkInstructions = new LinkedHashMap<>();
    final Map<String, String> entries = new LinkedHashMap<>();
    String futureLocation;
    String feedback;
    String administrationId;

    InjectionRun(Browser browser) {
        this.browser = browser;
        this.safety = new PageSafety(browser);
    }

    Browser b() {
        return browser;
    }

    String instrumentTitle() {
        return instrumentTexts.get("title");
    }

    // --- the corpus over fields ----------------------------------------------------------------

    Map<String, String> spread(List<Field> fields, List<Payload> pool) {
        return InjectionCorpus.spread("q" + (++spreads) + "f", fields, pool);
    }

    /** The corpus with what these values do not carry yet first, so that the next spread places it. */
    static List<Payload> leftFirst(Map<String, String> placed) {
        return leftFirst(placed, InjectionCorpus.all());
    }

    static List<Payload> leftFirst(Map<String, String> placed, List<Payload> pool) {
        List<Payload> carried = placed.values().stream().flatMap(v -> InjectionCorpus.in(v).stream()).toList();
        List<Payload> ordered = new ArrayList<>(pool.stream().filter(p -> !carried.contains(p)).toList());
        ordered.addAll(pool.stream().filter(carried::contains).toList());
        return ordered;
    }

    /** The corpus with the payloads that open an HTML tag first. */
    static List<Payload> markupFirst() {
        List<Payload> ordered = new ArrayList<>(InjectionCorpus.all().stream().filter(Payload::markup).toList());
        ordered.addAll(PLAIN);
        return ordered;
    }

    static Map<String, String> prefixed(String prefix, Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(prefix + k, v));
        return out;
    }

    static Map<String, String> joined(Map<String, String> first, Map<String, String> second) {
        Map<String, String> both = new LinkedHashMap<>(first);
        both.putAll(second);
        return both;
    }

    /**
     * The text up to the first LIKE wildcard, which the list searches drop, or backslash, which
     * MariaDB takes as LIKE's escape character (a search with one finds nothing; no error).
     */
    static String beforeWildcards(String text) {
        int cut = text.length();
        for (char c : new char[] {'%', '_', '\\'}) {
            int at = text.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return text.substring(0, cut).strip();
    }

    // --- typing and what the page says -------------------------------------------------------

    void fill(Map<String, String> values) {
        values.forEach(safety::setText);
    }

    /**
     * After a submission the page refused: the page is safe, the form shows what was typed, and the
     * coverage counts the payloads that reached the form.
     */
    void refused(String form, String label, Map<String, String> typed, Map<String, String> covered) {
        safety.assertSafe(label);
        redisplayed(typed);
        coverage.submitted(form, covered, Outcome.REFUSED);
    }

    /** The form shows the values again, as typed; a date picker clears a text that is no date, which is fine. */
    void redisplayed(Map<String, String> values) {
        values.forEach((id, value) -> {
            if (!id.endsWith("_input")) {
                safety.assertRedisplayed(id, value);
            }
        });
    }

    /** A message of the field's own, next to it. */
    void assertFieldMessage(String fieldId) {
        b().waitFor(By.xpath("//*[@id='" + fieldId + "']/ancestor::*[contains(@class, 'field')][1]"
                + "//*[contains(@class, 'ui-message-error')]"));
    }

    /** Taps the choice button (a label over a radio) with this text. */
    void tap(String text) {
        b().driver().findElement(By.xpath("//label[normalize-space(text())='" + text + "']")).click();
    }

    /**
     * What a download button of the current page answers, fetched by the page itself: the status,
     * the content type and the body as text ("200|application/pdf|%PDF-1.7...").
     */
    String download(String formId, String buttonId) {
        return (String) ((JavascriptExecutor) b().driver()).executeScript("""
                const form = document.getElementById(arguments[0]);
                const data = new URLSearchParams(new FormData(form));
                data.append(arguments[1], '');
                return fetch(form.action, {method: 'POST', body: data}).then(r => r.arrayBuffer().then(body =>
                    r.status + '|' + r.headers.get('content-type') + '|' + new TextDecoder().decode(body)));""",
                formId, buttonId);
    }

    /** Ids made of the whole corpus, in every page address that takes one: not found, never an error. */
    void hostileAddresses(String... pages) {
        for (String page : pages) {
            b().open(page + URLEncoder.encode(ALL, StandardCharsets.UTF_8));
            safety.assertNotFound(page + " with a hostile id");
        }
    }

    /** A change of status on a couple's page: the whole corpus as the reason (too long), then a spread of it. */
    void changeStatus(String form, String status) {
        b().choose("statusForm:status", status);
        safety.setText("statusForm:reason", ALL);
        b().clickAndWait("statusForm:applyStatus");
        safety.assertMessage("status refused", "Keep the reason to 500 characters.");
        refused(form, "status refused", Map.of("statusForm:reason", ALL), Map.of("statusForm:reason", ALL));
        Map<String, String> reason = spread(List.of(new Field("statusForm:reason", 500)), InjectionCorpus.all());
        fill(reason);
        b().clickAndWait("statusForm:applyStatus");
        safety.assertMessage("status changed", "The status is saved.");
        safety.assertSafe("status changed");
        safety.assertShownIn("status history", By.id("history"), reason.get("statusForm:reason"));
        coverage.submitted(form, reason, Outcome.STORED);
        storedCheck("SELECT reason FROM case_status_change WHERE couple_id = ? AND to_status = '"
                + status.toUpperCase(Locale.ROOT) + "'", coupleId, reason.get("statusForm:reason"));
    }

    // --- the database ----------------------------------------------------------------------------

    /** To be checked at the end: the query gives exactly this value. */
    void storedCheck(String sql, Object parameter, String expected) {
        storedChecks.add(new Object[] {sql, parameter, expected});
    }

    void storedEntry(String type, String column, String value) {
        storedCheck("SELECT e." + column + " FROM homework_entry e JOIN homework_assignment a ON a.id = e.assignment_id"
                + " WHERE a.couple_id = ? AND a.type = '" + type + "'", coupleId, value);
    }

    /** Right after a refusal: no row holds the refused value. */
    void assertNothingStored(String sql, Object parameter) throws SQLException {
        assertEquals("0", single(sql, parameter), "nothing stored: " + sql);
        databaseChecks++;
    }

    /** The test database, as the server reaches it (see EmbeddedDatabaseForIT). */
    static Connection database() throws SQLException {
        return org.reconnect.testsupport.client.TestDatabase.connect();
    }

    /** The one value that the query gives. */
    static String single(String sql, Object... parameters) throws SQLException {
        try (Connection db = database()) {
            return single(db, sql, parameters);
        }
    }

    static String single(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    fail("no row for " + sql);
                }
                String value = rows.getString(1);
                if (rows.next()) {
                    fail("more than one row for " + sql);
                }
                return value;
            }
        }
    }
}
