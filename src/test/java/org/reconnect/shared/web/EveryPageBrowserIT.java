package org.reconnect.shared.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.container.RunAs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every page, on a 390 px phone and a 1280 px desktop, as the person it is for (the demo clinic's
 * admin, Maya and Alex, with their own records): nothing wider than the screen, no serious or
 * critical axe violation, no blocked script, never an error page; and dates with their weekday.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(EveryPageBrowserIT.class);
    }

    /** Who opens which pages: the demo clinic's records of Alex and Sam, Maya's couple. */
    private static Map<String, List<String>> pages() {
        long couple = TestDatabase.number("SELECT p.couple_id FROM partner p JOIN user_account u ON u.id = p.user_id"
                + " WHERE u.email = 'alex@demo.test'");
        long alex = TestDatabase.number("SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id"
                + " WHERE u.email = 'alex@demo.test'");
        long answered = TestDatabase.number("SELECT MAX(id) FROM assessment_administration WHERE couple_id = ?"
                + " AND status = 'SUBMITTED'", couple);
        long note = TestDatabase.number("SELECT MAX(id) FROM session_note WHERE couple_id = ? AND status = 'SIGNED'", couple);
        long assignment = TestDatabase.number("SELECT MIN(id) FROM homework_assignment WHERE couple_id = ?"
                + " AND type = 'MICRO_MOMENT_LOG' AND status = 'ACTIVE'", couple);
        long date = TestDatabase.number("SELECT MIN(id) FROM homework_assignment WHERE couple_id = ?"
                + " AND type = 'EMOTIONAL_DATE' AND status = 'ACTIVE'", couple);
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(null, List.of("/login.xhtml", "/help/crisis.xhtml", "/account/set-password.xhtml?token=none",
                "/errors/400.xhtml", "/errors/403.xhtml", "/errors/404.xhtml", "/errors/500.xhtml", "/errors/expired.xhtml",
                "/errors/unavailable.xhtml"));
        pages.put("admin@demo.test", List.of("/admin/", "/admin/couples.xhtml", "/admin/couple.xhtml?id=" + couple,
                "/admin/waiting.xhtml", "/admin/intake.xhtml", "/admin/staff.xhtml", "/admin/reports.xhtml",
                "/admin/instruments.xhtml", "/admin/audit.xhtml", "/admin/settings.xhtml", "/account/security.xhtml",
                "/account/two-step.xhtml"));
        pages.put("maya@demo.test", List.of("/therapist/", "/therapist/calendar.xhtml", "/therapist/calendar-feed.xhtml", "/therapist/intake.xhtml",
                "/therapist/couple.xhtml?id=" + couple, "/therapist/homework.xhtml?id=" + couple,
                "/therapist/answers.xhtml?id=" + answered, "/therapist/note.xhtml?id=" + note,
                "/therapist/messages.xhtml?couple=" + couple, "/therapist/inbox.xhtml", "/account/security.xhtml", "/account/two-step.xhtml"));
        pages.put("alex@demo.test", List.of("/portal/", "/portal/moment.xhtml?assignment=" + assignment,
                "/portal/log.xhtml?assignment=" + date, "/portal/log.xhtml?journal=mine", "/portal/entries.xhtml",
                "/portal/assessments.xhtml", "/portal/steps.xhtml", "/portal/settings.xhtml", "/portal/messages.xhtml",
                "/account/security.xhtml"));
        assertTrue(alex > 0);
        return pages;
    }

    @Test
    void everyPageFitsAPhoneAndADesktopAndPassesAxe() {
        Browser.requireChromium();
        Map<String, List<String>> pages = pages();
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{390, 844}, {1280, 900}}) {
            try (Browser browser = Browser.open(size[0], size[1])) {
                for (Map.Entry<String, List<String>> person : pages.entrySet()) {
                    browser.forgetSession();
                    if (person.getKey() != null) {
                        browser.logIn(person.getKey(), PASSWORD);
                    }
                    for (String page : person.getValue()) {
                        String where = page + " at " + size[0] + " px as " + (person.getKey() == null ? "anyone" : person.getKey());
                        browser.open(page);
                        browser.waiting(Duration.ofSeconds(20)).until(d ->
                                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                        if (browser.isPresent(By.id("errorTitle")) && !page.startsWith("/errors/")) {
                            problems.add(where + ": the error page " + browser.text(By.id("errorTitle")));
                            continue;
                        }
                        try {
                            if (page.equals("/portal/") && !browser.text(By.id("main")).matches("(?s).*\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), .*")) {
                                problems.add(where + ": the sessions' dates carry no weekday");
                            }
                            browser.assertFitsTheScreen(where);
                            browser.assertAccessible(where);
                        } catch (AssertionError e) {
                            problems.add(e.getMessage());
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " pages do not pass:\n  " + String.join("\n  ", problems));
        }
    }
}
