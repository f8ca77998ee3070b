package org.reconnect.schedule.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.BrowserSession;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.container.RunAs;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A video link in a session's "Where" is a link wherever a person reads it: Maya books a session
 * for Alex and Sam whose place holds an https address next to a javascript: one; the calendar,
 * the couple's sessions and Alex's portal on a 390 px phone show the https address as a link
 * that opens in a new tab without handing over the page (rel noopener noreferrer), and the rest,
 * the javascript: text included, as text. The session is cancelled again at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WhereLinksBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter ROW_START = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a", Locale.US);
    private static final String VIDEO = "https://meet.example/j/8123456789?pwd=" + "Ab3".repeat(30);
    private static final String WHERE = "Video: " + VIDEO + ". Not javascript:alert(1) & not data:text/html,x <3";

    @RegisterExtension
    static final BrowserSession desk = new BrowserSession(1280, 900);

    @RegisterExtension
    static final BrowserSession phone = new BrowserSession(390, 844);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(WhereLinksBrowserIT.class);
    }

    private static Browser maya() {
        return desk.get();
    }

    @Test
    void anHttpsAddressInWhereIsALinkAndNothingElseIs() {
        maya().logIn("maya@demo.test", PASSWORD);
        maya().driver().findElement(By.id("navCalendar")).click();
        assertTrue(maya().waitForPath("/therapist/calendar.xhtml"));
        maya().waitFor(By.cssSelector("#calendar .fc"));

        // three days ahead (no reminder goes out), at an hour the demo clinic never uses
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(3).withHour(7).withMinute(5);
        maya().chooseStartingWith("booking:who", "RC-2026-0001 Alex & Sam");
        maya().setValue("booking:startsAt_input", INPUT.format(start));
        maya().setValue("booking:endsAt_input", INPUT.format(start.plusMinutes(50)));
        maya().type("booking:location", WHERE);
        maya().clickAndWait("booking:book");
        assertTrue(maya().text(By.tagName("main")).contains("The session is booked."), maya().text(By.tagName("main")));
        if (start.toLocalDate().isAfter(LocalDateTime.now(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)))) {
            maya().clickAndWait("weekList:nextWeek");
        }
        rowOf(start).orElseThrow(() -> new AssertionError(maya().text(By.id("weekList")))).findElement(By.tagName("button")).click();
        WebElement where = maya().waitFor(By.id("selectedWhere"));
        assertOnlyTheVideoLink(where);
        maya().assertAccessible("calendar with a video link");

        maya().open("/therapist/");
        maya().waitFor(By.linkText("RC-2026-0001")).click();
        assertTrue(maya().waitForPath("/therapist/couple.xhtml"));
        maya().waitFor(By.cssSelector("[id$='sessions_data'] tr td.where"));
        WebElement session = maya().driver().findElements(By.cssSelector("[id$='sessions_data'] tr td.where")).stream()
                .filter(e -> e.getText().contains("Video:")).findFirst()
                .orElseThrow(() -> new AssertionError(maya().text(By.cssSelector("[id$='sessions_data']"))));
        assertOnlyTheVideoLink(session);
        maya().assertAccessible("couple page with a video link");

        Browser alex = phone.get();
        alex.logIn("alex@demo.test", PASSWORD);
        assertTrue(alex.waitForPath("/portal/"));
        WebElement upcoming = alex.waitFor(By.id("upcomingSessions")).findElements(By.cssSelector(".where")).stream()
                .filter(e -> e.getText().contains("Video:")).findFirst().orElseThrow(() -> new AssertionError(alex.text(By.id("upcomingSessions"))));
        assertOnlyTheVideoLink(upcoming);
        alex.assertFitsTheScreen("portal home with a long video link");
        alex.assertAccessible("portal home with a video link");
        alex.screenshot("portal-video-link-390x844");

        // leave the demo clinic as it was
        maya().driver().findElement(By.id("navCalendar")).click();
        assertTrue(maya().waitForPath("/therapist/calendar.xhtml"));
        if (!rowOf(start).isPresent()) {
            maya().clickAndWait("weekList:nextWeek");
        }
        rowOf(start).orElseThrow().findElement(By.tagName("button")).click();
        maya().waitFor(By.id("selected:cancelAppointment"));
        maya().clickAndWait("selected:cancelAppointment");
        assertTrue(maya().waitFor(By.id("selectedStatus")).getText().contains("Cancelled"), maya().text(By.id("selectedStatus")));
    }

    private static void assertOnlyTheVideoLink(WebElement where) {
        List<WebElement> links = where.findElements(By.tagName("a"));
        assertEquals(1, links.size(), where.getAttribute("innerHTML"));
        WebElement link = links.get(0);
        assertEquals(VIDEO, link.getAttribute("href"));
        assertEquals("_blank", link.getAttribute("target"));
        assertEquals("noopener noreferrer", link.getAttribute("rel"));
        assertTrue(link.getText().startsWith(VIDEO), link.getText());
        String text = where.getText();
        assertTrue(text.contains(". Not javascript:alert(1) & not data:text/html,x <3"), "the rest as text, escaped: " + text);
    }

    private static Optional<WebElement> rowOf(LocalDateTime start) {
        // as the week list writes it: "Sat, Dec 5, 2026, 7:05 AM–7:55 AM"
        String when = ROW_START.format(start);
        return maya().driver().findElements(By.cssSelector("#weekList\\:appointments tbody tr")).stream()
                .filter(r -> r.getText().contains(when)).findFirst();
    }
}
