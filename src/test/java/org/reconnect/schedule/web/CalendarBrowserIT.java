package org.reconnect.schedule.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.container.RunAs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The therapist's calendar shows every session, at whatever hour (here 06:00, before the working
 * day it scrolls to), on a desktop as the week's grid and on a 390 px phone as a list that fits
 * the screen, with nothing cut off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static long early;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(CalendarBrowserIT.class);
    }

    /** An individual session of Maya's at 06:00 tomorrow (the clinic's zone is UTC in the tests). */
    @BeforeAll
    static void bookAnEarlySession() {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        TestDatabase.update("""
                INSERT INTO appointment (couple_id, therapist_id, partner_id, modality, starts_at, ends_at, location, status,
                                         created_at, created_by, changed_at, changed_by, version)
                SELECT p.couple_id, c.therapist_id, p.id, 'IN_PERSON', ?, ?, 'Room 1', 'SCHEDULED', NOW(6), 'it', NOW(6), 'it', 0
                FROM partner p JOIN couple c ON c.id = p.couple_id JOIN user_account u ON u.id = p.user_id
                WHERE u.email = 'alex@demo.test'""", tomorrow.atTime(6, 0), tomorrow.atTime(6, 50));
        early = TestDatabase.number("SELECT MAX(id) FROM appointment WHERE location = 'Room 1' AND created_by = 'it'");
    }

    @AfterAll
    static void cancelIt() {
        TestDatabase.update("UPDATE appointment SET status = 'CANCELLED' WHERE id = ?", early);
    }

    @Test
    void onADesktopTheGridHoldsTheSixOClockSessionAndOpensAtTheWorkingDay() {
        Browser.requireChromium();
        try (Browser desk = Browser.open(1280, 900)) {
            desk.logIn("maya@demo.test", PASSWORD);
            desk.open("/therapist/calendar.xhtml");
            desk.waitFor(By.cssSelector(".fc-timegrid"));
            if (LocalDate.now(ZoneOffset.UTC).plusDays(1).getDayOfWeek() == DayOfWeek.MONDAY) {
                desk.driver().findElement(By.cssSelector(".fc-next-button")).click();   // tomorrow is next week
            }
            desk.waitFor(By.cssSelector(".fc-timegrid-event"));
            List<WebElement> events = desk.driver().findElements(By.cssSelector(".fc-timegrid-event"));
            // the event may lie above the scrolled part of the grid: its text, visible or not
            List<String> texts = events.stream().map(e -> e.getAttribute("textContent")).toList();
            assertTrue(texts.stream().anyMatch(t -> t.matches("(?s).*\\b0?6:00.*")), "the session at 06:00 is in the grid: " + texts);
            long scrolled = ((Number) desk.script("return document.querySelector('.fc-timegrid-body').closest('.fc-scroller').scrollTop"))
                    .longValue();
            assertTrue(scrolled > 0, "the grid opens scrolled to the working day, not at midnight");
            long shown = ((Number) desk.script("return document.querySelector('.fc-timegrid-body').closest('.fc-scroller').clientHeight"))
                    .longValue();
            long slot = ((Number) desk.script("return document.querySelector('td.fc-timegrid-slot-lane').offsetHeight")).longValue();
            assertTrue(shown >= 12 * slot, "the grid shows a working stretch of the day (six hours or more): "
                    + shown + " px for slots of " + slot + " px");
            desk.assertFitsTheScreen("calendar at 1280 px");
            desk.assertAccessible("calendar at 1280 px");
        }
    }

    @Test
    void onAPhoneTheWeekIsAListThatFitsTheScreen() {
        Browser.requireChromium();
        try (Browser phone = Browser.open(390, 844)) {
            phone.logIn("maya@demo.test", PASSWORD);
            phone.open("/therapist/calendar.xhtml");
            phone.waitFor(By.cssSelector(".fc-list, .fc-list-empty"));
            assertFalse(phone.isPresent(By.cssSelector(".fc-timegrid")), "no week grid on a phone");
            phone.assertFitsTheScreen("calendar at 390 px");
            WebElement title = phone.driver().findElement(By.cssSelector(".fc-toolbar-title"));
            assertTrue(title.getSize().getHeight() < 40, "the title is one line: " + title.getText());
            for (WebElement button : phone.driver().findElements(By.cssSelector(".fc-toolbar button"))) {
                int right = button.getLocation().getX() + button.getSize().getWidth();
                assertTrue(button.getLocation().getX() >= 0 && right <= 390, "a toolbar button is cut off: " + button.getText());
            }
            phone.assertAccessible("calendar at 390 px");
        }
    }
}
