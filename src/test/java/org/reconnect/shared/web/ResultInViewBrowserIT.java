package org.reconnect.shared.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.BrowserSession;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.container.RunAs;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After an action the result is in view and has the focus: the refusal to edit a signed note,
 * a click on a free slot of the calendar (the booking form is above it), and "Record a
 * screening" (its form opens at the top of a long page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultInViewBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(1280, 800);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(ResultInViewBrowserIT.class);
    }

    private static Browser browser() {
        return session.get();
    }

    private static String focused() {
        return browser().focusedId();
    }

    /** Whether the element is inside the window, top to bottom. */
    private static boolean inView(String id) {
        return (Boolean) browser().script("var r = document.getElementById('" + id + "').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;");
    }

    private static void waitFor(java.util.function.Supplier<Boolean> condition) {
        browser().waiting(Duration.ofSeconds(15)).until(d -> condition.get());
    }

    @Test
    void refusingToEditASignedNoteSaysSoInViewWithTheFocus() {
        long note = TestDatabase.number("SELECT MAX(n.id) FROM session_note n JOIN partner p ON p.couple_id = n.couple_id"
                + " JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test' AND n.status = 'SIGNED'");
        browser().logIn("maya@demo.test", PASSWORD);
        browser().open("/therapist/note.xhtml?id=" + note);
        browser().script("window.scrollTo(0, document.body.scrollHeight)");
        browser().clickAndWait("signedActions:editSigned");
        waitFor(() -> "pageMessages".equals(focused()));
        assertTrue(browser().text(By.id("pageMessages")).length() > 0, "the refusal is shown");
        assertTrue(inView("pageMessages"), "and in view");
    }

    @Test
    void aClickOnAFreeSlotTakesThePersonToTheBookingForm() {
        // a clinic far from UTC: the slot the person clicks is the time the form offers, in the clinic's zone
        TestDatabase.update("UPDATE clinic_setting SET value = 'America/Chicago' WHERE name = 'clinic.timeZone'");
        try {
            browser().logIn("maya@demo.test", PASSWORD);
            browser().open("/therapist/calendar.xhtml");
            browser().waitFor(By.cssSelector(".fc-timegrid-slot-lane"));
            // the schedule fetches its sessions after it renders, and then lays itself out again: wait for that
            browser().waiting(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser().script(
                    "return PrimeFaces.ajax.Queue.isEmpty() && document.querySelector('.fc-timegrid-event') !== null;")));
            // a late half hour (never the form's own suggestion, which is on the hour), where no demo session lies, brought into view as a person would scroll to it
            WebElement slot = browser().driver().findElement(By.cssSelector("td.fc-timegrid-slot-lane[data-time='22:30:00']"));
            ((JavascriptExecutor) browser().driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", slot);
            assertEquals("", ((JavascriptExecutor) browser().driver()).executeScript(
                    "var r = arguments[0].getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;"
                    + " var hit = document.elementFromPoint(x, y);"
                    + " return hit && hit.closest('.fc-timegrid-body') ? '' : 'at ' + x + ',' + y + ' of a window '"
                    + " + window.innerWidth + 'x' + window.innerHeight + ' lies ' + (hit ? hit.tagName + '.' + hit.className : 'nothing');", slot),
                    "the 22:30 slot is on the screen, where a person would click it");
            new org.openqa.selenium.interactions.Actions(browser().driver()).moveToElement(slot).click().perform();
            try {
                waitFor(() -> "booking:who".equals(focused()));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("the focus is on '" + focused() + "'; the form's start: " + formStart(), e);
            }
            assertTrue(inView("booking:who"), "the form's first field is in view");
            assertTrue(formStart().endsWith(" 22:30"), "the form starts at the clicked slot: " + formStart());
        } finally {
            TestDatabase.update("UPDATE clinic_setting SET value = 'UTC' WHERE name = 'clinic.timeZone'");
        }
    }

    private static String formStart() {
        return browser().driver().findElement(By.id("booking:startsAt_input")).getAttribute("value");
    }

    @Test
    void recordingAScreeningOpensItsFormInView() {
        // a couple of Maya's with a joint session booked ahead
        long couple = TestDatabase.number("SELECT p.couple_id FROM partner p JOIN user_account u ON u.id = p.user_id"
                + " WHERE u.email = 'alex@demo.test'");
        browser().logIn("maya@demo.test", PASSWORD);
        browser().open("/therapist/couple.xhtml?id=" + couple);
        WebElement record = browser().driver().findElement(By.cssSelector("[id$=':screen']"));
        ((JavascriptExecutor) browser().driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", record);
        record.click();
        waitFor(() -> "screeningForm:screening".equals(focused()));
        assertTrue(inView("screeningForm:screening"), "the screening form opened where the person is looking");
        assertEquals("screeningForm:screening", focused());
    }
}
