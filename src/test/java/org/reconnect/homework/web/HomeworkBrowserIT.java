package org.reconnect.homework.web;

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

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Homework in the browser on the demo clinic: Maya assigns a micro-moment log and an emotional
 * date to Alex and Sam; on a 390 x 844 phone each of them logs a micro-moment in two taps and
 * rates the date; Maya sees the turn-toward chart and both ratings. Every page is checked with
 * axe, and the phone views are saved under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeworkBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @RegisterExtension
    static final BrowserSession desk = new BrowserSession(1280, 900);

    @RegisterExtension
    static final BrowserSession phone = new BrowserSession(390, 844);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(HomeworkBrowserIT.class);
    }

    private static Browser maya() {
        return desk.get();
    }

    private static Browser phone() {
        return phone.get();
    }

    @Test
    void assignLogOnPhonesAndReview() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String moments = "Bids this week " + tag;
        String date = "Date night " + tag;

        maya().logIn("maya@demo.test", PASSWORD);
        openAlexAndSam();
        assign("Micro-moment log", moments);
        assign("Emotional date", date);
        assertTrue(maya().text(By.id("homeworkList")).contains(moments));
        assertTrue(maya().text(By.id("homeworkList")).contains(date));
        maya().assertAccessible("couple page with homework");

        logOnPhone("alex@demo.test", "alex", moments, date, "I did", "Turned toward", 8);
        // Sam has not rated yet: Alex's rating of this date stays hidden from Sam
        phone().forgetSession();
        phone().logIn("sam@demo.test", PASSWORD);
        phone().open("/portal/entries.xhtml");
        phone().waitFor(By.id("entries:list"));
        assertFalse(phone().text(By.id("entries:list")).contains(date), "Alex's answer is hidden until Sam's is saved");
        logOnPhone("sam@demo.test", "sam", moments, date, "My partner did", "Turned toward", 7);
        phone().open("/portal/entries.xhtml");
        phone().waitFor(By.id("entries:list"));
        assertTrue(phone().text(By.id("entries:list")).contains("rating 8"), "revealed once Sam answered");
        phone().screenshot("portal-entries-390x844");
        phone().assertAccessible("entries on a phone");

        maya().open("/therapist/");
        openAlexAndSam();
        maya().driver().findElement(By.id("reviewLink")).click();
        assertTrue(maya().waitForPath("/therapist/homework.xhtml"));
        maya().waitFor(By.cssSelector("#ratioChart canvas"));
        String summary = maya().driver().findElement(By.id("ratioSummary")).getAttribute("textContent");
        assertTrue(summary.contains("Alex") && summary.contains("Sam") && summary.contains("%"), summary);
        WebElement dates = maya().driver().findElement(By.id("dates"));
        WebElement row = dates.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + date + " in " + dates.getText()));
        List<String> ratings = row.findElements(By.cssSelector(".rating")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("8", "7"), ratings, "both partners' ratings side by side");
        maya().screenshot("therapist-review-1280");
        maya().assertAccessible("homework review");
    }

    private void openAlexAndSam() {
        maya().waitFor(By.linkText("RC-2026-0001")).click();
        assertTrue(maya().waitForPath("/therapist/couple.xhtml"));
        maya().waitFor(By.id("homeworkForm:kind"));
    }

    private void assign(String kind, String title) {
        maya().choose("homeworkForm:kind", kind);
        maya().clickAndWait("homeworkForm:fill");
        maya().waitFor(By.id("homeworkForm:title"));
        maya().type("homeworkForm:title", title);
        maya().clickAndWait("homeworkForm:assign");
        maya().waitFor(By.xpath("//*[@id='homeworkList']//*[contains(text(), '" + title + "')]"));
        assertTrue(maya().text(By.tagName("main")).contains("Homework assigned: " + title),
                maya().text(By.tagName("main")));
    }

    /** One partner on the phone: a micro-moment in two taps and Save, then the date's rating. */
    /** The journal is on every partner's home, needs no assignment, asks for a mood and is marked as one's own. */
    @Test
    void everyPartnerWritesInTheirOwnJournalFromHome() {
        String words = "Walked by the river " + UUID.randomUUID().toString().substring(0, 6);
        phone().forgetSession();
        phone().logIn("alex@demo.test", PASSWORD);
        assertTrue(phone().waitForPath("/portal/"));
        phone().driver().findElement(By.id("journalLink")).click();
        assertTrue(phone().waitForPath("/portal/log.xhtml"));
        String form = phone().text(By.id("entry"));
        assertTrue(form.contains("How is your mood?") && !form.contains("Rating 1"), "its scale is a mood: " + form);
        phone().type("entry:text", words);
        tap("6");
        assertFitsThePhone("journal");
        phone().assertAccessible("journal on a phone");
        phone().driver().findElement(By.id("entry:save")).click();
        assertTrue(phone().waitForPath("/portal/index.xhtml"), phone().driver().getCurrentUrl());
        phone().open("/portal/entries.xhtml");
        WebElement mine = phone().waitFor(By.xpath("//*[@id='entries:list']//article[contains(., '" + words + "')]"));
        assertTrue(mine.getText().contains("Only you") && mine.getText().contains("Mood 6 of 10"), mine.getText());
        phone().assertAccessible("entries with a journal entry");

        phone().forgetSession();
        phone().logIn("sam@demo.test", PASSWORD);
        phone().open("/portal/entries.xhtml");
        phone().waitFor(By.id("entries:list"));
        assertFalse(phone().text(By.tagName("main")).contains(words), "the partner never reads it");
    }

    private void logOnPhone(String email, String name, String moments, String date, String who, String how, int rating) {
        phone().forgetSession();
        phone().logIn(email, PASSWORD);
        assertTrue(phone().waitForPath("/portal/"));
        phone().screenshot("portal-home-" + name + "-390x844");
        assertFitsThePhone("home");

        logLinkFor(moments).click();
        assertTrue(phone().waitForPath("/portal/moment.xhtml"));
        phone().assertAccessible("micro-moment on a phone");
        tap(who);
        tap(how);
        phone().screenshot("portal-moment-" + name + "-390x844");
        assertFitsThePhone("micro-moment");
        phone().driver().findElement(By.id("entry:save")).click();
        assertTrue(phone().waitForPath("/portal/index.xhtml"), phone().driver().getCurrentUrl());
        assertTrue(phone().waitFor(By.id("messages")).getText().contains("Micro-moment saved."));

        logLinkFor(date).click();
        assertTrue(phone().waitForPath("/portal/log.xhtml"));
        phone().type("entry:minutes", "45");
        tap(String.valueOf(rating));
        assertTrue(phone().driver().findElements(By.cssSelector("input[name='entry:phonesOff']:checked")).isEmpty(),
                "whether the phones were off is not answered for the partner");
        tap("Yes");
        phone().screenshot("portal-date-" + name + "-390x844");
        assertFitsThePhone("date");
        phone().assertAccessible("emotional date on a phone");
        phone().driver().findElement(By.id("entry:save")).click();
        assertTrue(phone().waitForPath("/portal/index.xhtml"), phone().driver().getCurrentUrl());
        assertTrue(phone().waitFor(By.id("messages")).getText().contains("Saved."));
        String week = phone().text(By.id("weekList"));
        assertTrue(week.contains(date) && week.contains("Done for this week"), week);
        phone().assertAccessible("portal home after logging");
    }

    private WebElement logLinkFor(String title) {
        return phone().waitFor(By.xpath("//ul[@id='weekList']/li[.//strong[text()='" + title + "']]//a"));
    }

    /** Taps the choice button (a label over a radio) with this text. */
    private void tap(String text) {
        phone().driver().findElement(By.xpath("//label[normalize-space(text())='" + text + "']")).click();
    }

    /** Waits for the page that comes back from the save to show this message on the form. */
    private void expectMessage(String text) {
        phone().waitFor(By.xpath("//form[@id='entry']//*[contains(@class, 'ui-message') and contains(., '" + text + "')]"));
    }

    private void assertFitsThePhone(String page) {
        long viewport = ((Number) phone().script("return window.innerWidth")).longValue();
        long content = ((Number) phone().script("return document.documentElement.scrollWidth")).longValue();
        assertTrue(content <= viewport, page + " is " + content + " px wide on a " + viewport + " px screen");
    }

    @Test
    void badInputOnThePhoneGetsAClearMessageAndChangesNothing() {
        phone().logIn("alex@demo.test", PASSWORD);
        assertTrue(phone().waitForPath("/portal/"));
        String alexsHomework = phone().driver().findElement(By.cssSelector("#weekList a")).getAttribute("href");

        phone().forgetSession();
        phone().logIn("chris@demo.test", PASSWORD);
        assertTrue(phone().waitForPath("/portal/"));
        phone().driver().findElement(By.cssSelector("#weekList a")).click();
        assertTrue(phone().waitForPath("/portal/log.xhtml"));

        phone().driver().findElement(By.id("entry:save")).click();
        expectMessage("Write a few words.");
        phone().type("entry:text", "<script>alert('x')</script>");
        phone().driver().findElement(By.id("entry:save")).click();
        expectMessage("HTML tags such as <script> or <b> are not accepted");
        phone().setValue("entry:text", "x".repeat(4001));
        phone().driver().findElement(By.id("entry:save")).click();
        expectMessage("That is too long");
        // a rating that is not one of the buttons
        phone().type("entry:text", "I feel tired when the evenings are busy.");
        phone().script("var r = document.getElementById('entry:rating:9'); r.value = '11'; r.checked = true;");
        phone().driver().findElement(By.id("entry:save")).click();
        expectMessage("Choose one of the options shown.");
        assertFalse(phone().isPresent(By.id("errorTitle")), "never an error page");
        phone().screenshot("portal-log-errors-390x844");
        phone().assertAccessible("log form with errors");

        // another couple's homework behaves like homework that does not exist
        phone().driver().get(alexsHomework);
        assertEquals("404", phone().waitFor(By.id("errorTitle")).getAttribute("data-error"));
        phone().open("/portal/entries.xhtml");
        phone().waitFor(By.id("entries:list"));
        assertFalse(phone().text(By.id("entries:list")).contains("<script>"), "nothing was saved");
    }
}
