package org.reconnect.schedule.web;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.BrowserSession;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.container.RunAs;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Maya's calendar feed, from her phone: she makes the address (shown once, focused, selected),
 * and a calendar that fetches it without signing in gets her sessions of couples she treats, by
 * case number and never by name, in the clinic's zone, each read audited under her login. A new
 * address ends the old one; turning the feed off ends it too; an unknown, malformed or nested
 * token, and the feed of a deactivated account, answer 404 like an address that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarFeedBrowserIT {

    private static final Pattern SUMMARY = Pattern.compile("Session RC-\\d{4}-\\d{4} \\((joint|individual)\\)");

    @RegisterExtension
    static final BrowserSession phone = new BrowserSession(390, 844);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(CalendarFeedBrowserIT.class);
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The feed as a calendar app asks for it: no cookie, no sign-in. The path of the address, on the test server. */
    private static HttpResponse<String> fetch(String address) throws Exception {
        URI uri = TestServer.url(URI.create(address).getRawPath());
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String make(Browser maya) {
        maya.clickAndWait("feed:make");
        String address = maya.waitFor(By.id("feed:address")).getAttribute("value");
        assertEquals("feed:address", maya.focusedId(), "the new address has the focus, to copy");
        return address;
    }

    @Test
    void aPrivateFeedOfCaseNumbersThatANewAddressOrTurningItOffEnds() throws Exception {
        Browser maya = phone.get();
        maya.logIn("maya@demo.test", RunAs.DEMO_PASSWORD);
        maya.open("/therapist/calendar.xhtml");
        maya.waitFor(By.id("feedLink")).click();
        assertTrue(maya.waitForPath("/therapist/calendar-feed.xhtml"));
        if (maya.isPresent(By.id("feed:turnOff"))) {
            maya.clickAndWait("feed:turnOff");
        }
        assertTrue(maya.text(By.id("feedState")).contains("off"), maya.text(By.id("feedState")));

        String address = make(maya);
        assertTrue(address.matches("https?://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics"), address);
        assertTrue(maya.text(By.id("feed:result")).contains("Your feed address is ready."), maya.text(By.id("feed:result")));
        assertTrue(maya.driver().findElement(By.id("feed:subscribe")).getAttribute("href").startsWith("webcal://"));
        maya.assertFitsTheScreen("calendar feed with its address at 390 px");
        maya.assertAccessible("calendar feed with its address");

        long before = TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE actor = 'maya@demo.test' AND action = 'VIEW_CALENDAR_FEED'");
        HttpResponse<String> feed = fetch(address);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"), feed.headers().toString());
        assertTrue(feed.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(feed.headers().allValues("Set-Cookie").isEmpty(), "a feed opens no session");

        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<net.fortuna.ical4j.model.component.CalendarComponent> events = calendar.getComponents(Component.VEVENT);
        long maya0 = TestDatabase.number("SELECT t.id FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = 'maya@demo.test'");
        long expected = TestDatabase.number("""
                SELECT COUNT(*) FROM appointment a JOIN couple c ON c.id = a.couple_id
                WHERE a.therapist_id = ? AND c.therapist_id = ? AND a.status <> 'CANCELLED'
                  AND a.starts_at < UTC_TIMESTAMP() + INTERVAL 365 DAY AND a.ends_at > UTC_TIMESTAMP() - INTERVAL 30 DAY""", maya0, maya0);
        assertTrue(expected > 0, "the demo clinic has sessions of Maya's in the window");
        assertEquals(expected, events.size(), "her sessions of couples she treats, not cancelled, 30 days back to a year ahead");
        HashSet<String> uids = new HashSet<>();
        for (Component event : events) {
            String summary = event.<Property>getProperty("SUMMARY").orElseThrow().getValue();
            assertTrue(SUMMARY.matcher(summary).matches(), summary);
            uids.add(event.<Property>getProperty("UID").orElseThrow().getValue());
        }
        assertEquals(events.size(), uids.size(), "one UID per session");
        for (String name : TestDatabase.column("""
                SELECT CONCAT_WS(' ', p.full_name, p.preferred_name) FROM partner p JOIN couple c ON c.id = p.couple_id
                WHERE c.therapist_id = ?""", maya0)) {
            for (String word : name.split("\\s+")) {
                assertFalse(word.length() > 2 && Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(feed.body()).find(),
                        "no name in the feed: " + word);
            }
        }
        String zone = TestDatabase.text("SELECT value FROM clinic_setting WHERE name = 'clinic.timeZone'");
        assertTrue(feed.body().contains("X-WR-TIMEZONE:"), "the clinic's zone is named");
        if (!"UTC".equals(zone)) {
            assertTrue(calendar.getComponent(Component.VTIMEZONE).isPresent(), "the clinic's zone, defined: " + zone);
        }
        assertEquals(before + 1, TestDatabase.number(
                "SELECT COUNT(*) FROM audit_event WHERE actor = 'maya@demo.test' AND action = 'VIEW_CALENDAR_FEED'"),
                "the read is audited under her login");

        // a new address: the old one stops answering at once
        maya.open("/therapist/calendar-feed.xhtml");
        String renewed = make(maya);
        assertFalse(renewed.equals(address));
        assertTrue(maya.text(By.id("feed:result")).contains("The old one no longer answers"), maya.text(By.id("feed:result")));
        assertEquals(404, fetch(address).statusCode(), "the old address");
        assertEquals(200, fetch(renewed).statusCode(), "the new address");

        // nothing else opens a feed
        String token = renewed.substring(renewed.lastIndexOf('/') + 1, renewed.length() - ".ics".length());
        for (String other : List.of("/calendar/", "/calendar/abc.ics", "/calendar/" + token, "/calendar/" + token + ".ics/x",
                "/calendar/x/" + token + ".ics", "/calendar/" + "A".repeat(43) + ".ics",
                "/calendar/" + token.substring(1) + "A.ics")) {
            assertEquals(404, fetch(TestServer.url(other).toString()).statusCode(), other);
        }

        // a deactivated account's feed answers nothing
        TestDatabase.update("UPDATE user_account SET enabled = FALSE WHERE email = 'maya@demo.test'");
        try {
            assertEquals(404, fetch(renewed).statusCode(), "the feed of a deactivated account");
        } finally {
            TestDatabase.update("UPDATE user_account SET enabled = TRUE WHERE email = 'maya@demo.test'");
        }
        assertEquals(200, fetch(renewed).statusCode(), "back when the account is");

        // turned off: it answers nothing, and the page says so, with the focus on the result
        maya.open("/therapist/calendar-feed.xhtml");
        maya.clickAndWait("feed:turnOff");
        assertEquals("feed:result", maya.focusedId());
        assertTrue(maya.text(By.id("feed:result")).contains("Your feed is off"), maya.text(By.id("feed:result")));
        assertFalse(maya.isPresent(By.id("feed:address")), "no address once it is off");
        assertEquals(404, fetch(renewed).statusCode(), "the address of a feed turned off");
        maya.assertAccessible("calendar feed turned off");
    }
}
