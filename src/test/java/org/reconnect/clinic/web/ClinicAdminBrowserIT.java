package org.reconnect.clinic.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import java.time.Duration;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.BrowserSession;
import org.reconnect.testsupport.client.CsvRows;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.container.RunAs;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clinic admin's instrument, settings and audit pages in the browser: a faulty definition is
 * refused with every problem named and stores nothing; the settings save; the audit report
 * filters and its integrity check holds; an admin sees a
 * couple's sessions and the state of their notes, never a note's text. Every page is checked
 * with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClinicAdminBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @RegisterExtension
    static final BrowserSession desk = new BrowserSession(1280, 900);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(ClinicAdminBrowserIT.class);
    }

    private static Browser admin() {
        return desk.get();
    }

    @Test
    void assigningBeyondATherapistsCapacityAsksToBeConfirmedFirst() {
        String therapist = TestDatabase.newStaff("THERAPIST");
        TestDatabase.update("""
                INSERT INTO therapist (user_id, max_caseload, accepting_new, created_at, created_by, changed_at, changed_by)
                SELECT id, 0, TRUE, NOW(6), 'it', NOW(6), 'it' FROM user_account WHERE email = ?""", therapist);
        long therapistId = TestDatabase.number("SELECT t.id FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = ?",
                therapist);
        admin().logIn("admin@demo.test", PASSWORD);
        admin().open("/admin/intake.xhtml");
        admin().choose("intake:secretsPolicy", "No secrets: what one partner tells the therapist alone may be shared");
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        admin().type("intake:partner1_fullName", "Capacity One");
        admin().type("intake:partner1_email", "capacity-1-" + tag + "@browser.test");
        admin().type("intake:partner2_fullName", "Capacity Two");
        admin().type("intake:partner2_email", "capacity-2-" + tag + "@browser.test");
        admin().clickAndWait("intake:submit");
        String opened = admin().waitFor(By.id("resultHeading")).getText();
        String caseNumber = opened.substring(5, opened.indexOf(" is open"));
        long coupleId = TestDatabase.number("SELECT id FROM couple WHERE case_number = ?", caseNumber);

        admin().open("/admin/couple.xhtml?id=" + coupleId);
        new Select(admin().driver().findElement(By.id("assignForm:therapist"))).selectByValue(String.valueOf(therapistId));
        admin().type("assignForm:reason", "Speaks the couple's language");
        admin().clickAndWait("assignForm:assign");
        assertTrue(admin().text(By.tagName("main")).contains("Confirm to assign anyway"), admin().text(By.tagName("main")));
        assertTrue(admin().isPresent(By.id("assignForm:confirm")), "the confirmation is asked for");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM couple WHERE id = ? AND therapist_id = ?", coupleId, therapistId),
                "nothing assigned yet");
        admin().assertAccessible("assignment asks to be confirmed");

        admin().driver().findElement(By.cssSelector("[id='assignForm:confirm'] .ui-chkbox-box")).click();
        admin().clickAndWait("assignForm:assign");
        assertTrue(admin().text(By.tagName("main")).contains("The therapist is assigned."), admin().text(By.tagName("main")));
        assertFalse(admin().isPresent(By.id("assignForm:confirm")), "asked no more");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM couple WHERE id = ? AND therapist_id = ?", coupleId, therapistId));
    }

    @Test
    void instrumentsSettingsAuditAndSessionsAsAnAdmin() {
        admin().logIn("admin@demo.test", PASSWORD);

        admin().driver().findElement(By.id("navInstruments")).click();
        assertTrue(admin().waitForPath("/admin/instruments.xhtml"));
        assertTrue(admin().text(By.id("instruments")).contains("Connection Check"));
        admin().setValue("upload:definition", """
                {"code": "broken", "version": 1, "title": "Broken", "licence": "test", "direction": "higher-is-better",
                 "items": [{"id": "q1", "text": "One"}, {"id": "q7", "text": "Seven", "options": []}],
                 "total": {"method": "sum"},
                 "bands": [{"from": 0, "to": 2, "label": "A", "severity": "mild"}, {"from": 2, "to": 4, "label": "B", "severity": "none"}],
                 "reliability": 0.8, "normativeSd": 1}""");
        // the form posts the whole page, and the messages' element may be on the old page too: wait
        // until the old page has gone before reading the answer
        WebElement oldPage = admin().driver().findElement(By.tagName("html"));
        admin().driver().findElement(By.id("upload:store")).click();
        admin().waiting(Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(oldPage));
        String problems = admin().waitFor(By.id("upload:definitionMessages")).getText();
        assertTrue(problems.contains("item q1 has no options") && problems.contains("item q7 has no options"), problems);
        assertFalse(admin().text(By.id("instruments")).contains("Broken"), "nothing stored");
        admin().assertAccessible("instruments with problems");

        admin().driver().findElement(By.id("navSettings")).click();
        assertTrue(admin().waitForPath("/admin/settings.xhtml"));
        admin().clickAndWait("settings:saveSettings");
        assertTrue(admin().text(By.tagName("main")).contains("The settings are saved."), admin().text(By.tagName("main")));
        admin().assertAccessible("clinic settings");

        // another admin saved the two-step rule since this page opened: the refusal is this page's
        // message (turned into one in one place for every action), not an error page, and nothing changes
        String rule = "SELECT value = 'REQUIRED' FROM clinic_setting WHERE name = 'security.therapistTwoStep'";
        long requiredBefore = TestDatabase.number(rule);
        TestDatabase.update("UPDATE clinic_setting SET version = version + 1 WHERE name = 'security.therapistTwoStep'");
        admin().driver().findElement(By.cssSelector("[id='twoStep:therapistTwoStep'] .ui-chkbox-box")).click();
        admin().driver().findElement(By.id("twoStep:saveTwoStep")).click();
        admin().waitFor(By.cssSelector(".notice-error"));
        assertTrue(admin().text(By.tagName("main")).contains("Someone else changed this record since you opened it."),
                admin().text(By.tagName("main")));
        assertTrue(admin().waitForPath("/admin/settings.xhtml"), "still the settings page");
        assertEquals(requiredBefore, TestDatabase.number(rule), "the rule is unchanged");

        admin().driver().findElement(By.id("navAudit")).click();
        assertTrue(admin().waitForPath("/admin/audit.xhtml"));
        admin().type("audit:actor", "admin@demo.test");
        admin().clickAndWait("audit:apply");
        String events = admin().text(By.id("audit:events"));
        assertTrue(events.contains("Settings changed") && events.contains("Viewed the audit report"),
                "actions in words (the CSV keeps the codes): " + events);
        admin().clickAndWait("integrity:verify");
        assertTrue(admin().text(By.id("integrityResult")).startsWith("Intact:"), admin().text(By.id("integrityResult")));
        admin().assertAccessible("audit report");

        admin().open("/admin/couples.xhtml");
        admin().type("couples:search", "RC-2026-0001");
        admin().clickAndWait("couples:apply");
        admin().waitFor(By.linkText("RC-2026-0001")).click();
        assertTrue(admin().waitForPath("/admin/couple.xhtml"));
        String sessions = admin().waitFor(By.id("sessions")).getText();
        assertTrue(sessions.contains("Signed") && sessions.contains("Attended"), sessions);
        assertFalse(admin().text(By.tagName("main")).contains("Both describe evenings side by side"), "never a note's text");
        assertFalse(admin().isPresent(By.linkText("Open the note")));
        admin().assertAccessible("a couple's page for an admin");
    }

    /**
     * "Export CSV" holds the rows the audit table shows, in the table's order: the filters that
     * were applied (not what was typed since) and the column it is sorted by.
     */
    @Test
    void theAuditCsvHoldsTheTablesRowsInTheTablesOrder() {
        admin().logIn("admin@demo.test", PASSWORD);
        admin().open("/admin/audit.xhtml");
        admin().type("audit:actor", "admin@demo.test");
        admin().clickAndWait("audit:apply");
        admin().driver().findElement(By.xpath("//*[@id='audit:events']//th[contains(@class, 'ui-sortable-column')]"
                + "[.//*[normalize-space() = 'Action']]")).click();
        admin().clickAndWait("audit:apply");   // the sort is kept; this waits for the table
        long shownUpTo = TestDatabase.number("SELECT MAX(seq) FROM audit_event");
        List<String> shown = admin().driver().findElements(By.cssSelector("[id='audit:events_data'] tr td:first-child")).stream()
                .map(td -> td.getText().replaceAll("\\D", "")).toList();
        assertTrue(shown.size() >= 3, "the admin has events to show: " + shown);
        // typed, not applied: the table still shows the admin's events, and so must the export
        admin().type("audit:actor", "maya@demo.test");

        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) admin().driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var form = document.getElementById('audit');
                var data = new URLSearchParams(new FormData(form));
                data.append('audit:exportCsv', '');
                data.append('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(function (r) { return r.text(); }).then(done, function (e) { done('failed: ' + e); });""");
        List<List<String>> table = CsvRows.of(csv);
        assertEquals("seq", table.get(0).get(0), csv.substring(0, Math.min(300, csv.length())));
        List<List<String>> rows = table.subList(1, table.size());
        assertTrue(rows.size() >= shown.size(), "the export holds at least the page's rows: " + rows.size());
        // the filter applied is "the user contains admin@demo.test"; the one typed since, maya, is not applied
        assertTrue(rows.stream().allMatch(r -> r.get(2).toLowerCase(java.util.Locale.ROOT).contains("admin@demo.test")),
                () -> "only the applied filter's events, not those of " + rows.stream().map(r -> r.get(2)).distinct().toList());
        // the events the table could show (the export's own record and later ones aside), in its order
        List<String> exported = rows.stream().filter(r -> Long.parseLong(r.get(0)) < shownUpTo).map(r -> r.get(0))
                .limit(shown.size()).toList();
        assertEquals(shown, exported, "the export's first rows are the table's page, in the table's order (up to "
                + shownUpTo + "): " + csv.substring(0, Math.min(1500, csv.length())));
        // sorted by action, as the table is: each action's events in one run (the database's collation decides the order of the runs)
        List<String> runs = new java.util.ArrayList<>();
        rows.stream().map(r -> r.get(3)).forEach(a -> {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(a)) {
                runs.add(a);
            }
        });
        assertEquals(runs.stream().distinct().count(), runs.size(), "the export is sorted by action: " + runs);
    }
}
