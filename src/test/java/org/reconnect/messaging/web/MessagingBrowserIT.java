package org.reconnect.messaging.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.BrowserSession;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Inbox;
import org.reconnect.testsupport.container.ReminderRoundServlet;
import org.reconnect.testsupport.container.RunAs;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secure messaging on the demo clinic: Alex writes to Maya alone from his phone (his draft
 * survives a reload); Maya reads it at her desk and answers; Alex sees the answer arrive, and that
 * Maya read his, without reloading; the e-mails the round sends tell Alex a message waits and never
 * say what; Sam, on her phone, never sees any of it, not on the page, in its source, its unread
 * counts or her e-mail, and gets the page that does not exist for Alex's thread; the admin sees
 * only how many messages each conversation holds. Every page is checked with axe, and on the
 * phone for fitting the screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessagingBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @RegisterExtension
    static final BrowserSession phone = new BrowserSession(390, 844);

    @RegisterExtension
    static final BrowserSession desk = new BrowserSession(1280, 900);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return InContainer.archiveFor(MessagingBrowserIT.class).setWebXML(new StringAsset(ReminderRoundServlet.WEB_XML));
    }

    private static Browser phone() {
        return phone.get();
    }

    private static Browser maya() {
        return desk.get();
    }

    private static List<WebElement> messages(Browser b) {
        return b.driver().findElements(By.cssSelector(".message-list .message"));
    }

    private static void openThread(Browser b, String name) {
        b.driver().findElements(By.cssSelector(".thread-tabs a")).stream().filter(a -> a.getText().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no thread " + name + " in " + b.text(By.cssSelector(".thread-tabs"))))
                .click();
        b.waitFor(By.cssSelector(".thread-tab.current"));
    }

    /** The demo partner's own time zone. */
    private static ZoneId zoneOf(String email) {
        return ZoneId.of(TestDatabase.text("""
                SELECT p.time_zone FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = ?""", email));
    }

    /** Runs the reminder round in the server at noon of a day to come in this partner's zone. */
    private static void reminderRoundAtNoonFor(String email) throws Exception {
        Instant noon = LocalDate.now().plusDays(60).atTime(12, 0).atZone(zoneOf(email)).toInstant();
        HttpResponse<String> round = new WebClient().post("/it-" + MessagingBrowserIT.class.getSimpleName()
                + ReminderRoundServlet.PATH, Map.of("at", noon.toString()));
        assertEquals(200, round.statusCode(), round::body);
    }

    @Test
    void alexWritesToMayaAloneSamNeverSeesItMayaAnswersAndAlexSeesItArrive() throws Exception {
        String secret = "alone-" + UUID.randomUUID().toString().substring(0, 8);
        String written = "I have not told Sam yet: " + secret + ".\nMore here https://example.org/help?a=1&b=2.";
        String answer = "Thank you for telling me, Alex. Let us talk on Tuesday, " + secret.substring(6) + ".";
        int samMails = Inbox.count("sam@demo.test");
        int alexMails = Inbox.count("alex@demo.test");

        phone().logIn("alex@demo.test", PASSWORD);
        phone().driver().findElement(By.id("navMessages")).click();
        assertTrue(phone().waitForPath("/portal/messages.xhtml"));
        phone().assertAccessible("messages, joint");
        phone().assertFitsTheScreen("messages, joint");
        openThread(phone(), "You and your therapist");
        assertTrue(phone().text(By.id("secretsShort")).contains("policy on secrets you agreed to"),
                "Alex has written here before: the policy is a short line by the box");
        assertTrue(phone().text(By.id("notForEmergencies")).contains("read in office hours: Monday to Friday"),
                phone().text(By.id("compose")));
        phone().type("compose:body", written);
        // the draft survives a reload of the page
        phone().driver().navigate().refresh();
        assertEquals(written, phone().waitFor(By.id("compose:body")).getAttribute("value"), "the draft is still there");
        phone().clickAndWait("compose:send");
        List<WebElement> shown = messages(phone());
        WebElement mine = shown.get(shown.size() - 1);
        assertTrue(mine.getText().contains(secret), mine.getText());
        assertEquals(mine.getAttribute("id"), phone().focusedId(), "the message sent is the result, with the focus");
        WebElement link = mine.findElement(By.cssSelector(".message-body a"));
        assertEquals("https://example.org/help?a=1&b=2", link.getAttribute("href"), "the address is a link, the full stop is not");
        assertTrue(link.getAttribute("rel").contains("noopener"));
        assertEquals("", phone().driver().findElement(By.id("compose:body")).getAttribute("value"));
        assertEquals(null, phone().script("return window.sessionStorage.getItem('reconnect-draft-'"
                + " + document.querySelector('.thread-tab.current').href.match(/thread=(\\d+)/)[1]);"), "the draft went with the message");
        phone().assertAccessible("messages, own thread, sent");
        phone().assertFitsTheScreen("messages, own thread, sent");
        long alexThread = TestDatabase.number("""
                SELECT t.id FROM message_thread t JOIN partner p ON p.id = t.partner_id JOIN user_account u ON u.id = p.user_id
                WHERE u.email = 'alex@demo.test'""");
        phone().script("window.reconnectNotReloaded = true;");

        // Maya, at her desk, reads it and answers; Alex's page shows the answer without a reload
        maya().logIn("maya@demo.test", PASSWORD);
        long couple = TestDatabase.number("SELECT id FROM couple WHERE case_number = 'RC-2026-0001'");
        // her caseload counts what she has not read; her inbox has Alex's thread first and finds his words
        maya().open("/therapist/index.xhtml");
        WebElement unread = maya().waitFor(By.cssSelector("a[aria-label^='Messages, RC-2026-0001']"));
        assertTrue(unread.getText().matches("\\d+ unread"), unread.getText());
        maya().driver().findElement(By.id("navInbox")).click();
        assertTrue(maya().waitForPath("/therapist/inbox.xhtml"));
        String first = maya().driver().findElements(By.cssSelector("#inboxForm\\:threads tbody tr")).get(0).getText();
        assertTrue(first.contains("RC-2026-0001") && first.contains("Alex alone"), first);
        maya().type("inboxForm:search", secret);
        maya().clickAndWait("inboxForm:find");
        List<WebElement> hits = maya().driver().findElements(By.cssSelector("#inboxForm\\:hitsPanel .message"));
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).getText().contains(secret), hits.get(0).getText());
        assertEquals("hits", maya().focusedId(), "what was found is the result, with the focus");
        maya().assertAccessible("the inbox with what a search found");
        hits.get(0).findElement(By.linkText("Open")).click();
        assertTrue(maya().waitForPath("/therapist/messages.xhtml"));
        assertTrue(maya().text(By.id("thread")).contains(secret), maya().text(By.id("thread")));
        maya().assertAccessible("messages, a partner's own thread");
        maya().type("compose:body", answer);
        maya().clickAndWait("compose:send");
        assertTrue(maya().text(By.id("thread")).contains(answer));

        // the poll re-renders the thread: an element read just as it is replaced is read again
        phone().waiting(Duration.ofSeconds(40)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> phone().text(By.id("thread")).contains(answer));
        assertEquals(Boolean.TRUE, phone().script("return window.reconnectNotReloaded === true;"), "no reload: the poll brought it");
        assertTrue(phone().text(By.id("thread")).contains("Seen by Maya"), "Maya read his: " + phone().text(By.id("thread")));
        assertTrue(phone().text(By.id("threadNews")).contains("A new message"), "a screen reader hears that it came");
        phone().assertAccessible("messages, own thread, an answer arrived");

        // Alex leaves a draft unsent and hands the phone over: whoever signs in next finds none of it
        phone().type("compose:body", "Unsent " + secret);
        String draftKey = "return window.sessionStorage.getItem('reconnect-draft-" + alexThread + "');";
        assertEquals("Unsent " + secret, phone().script(draftKey), "the tab keeps the draft while he types");

        // what Alex has seen is not e-mailed; what comes after he left is, and the e-mail says only that a message waits
        phone().forgetSession();
        maya().type("compose:body", "One more thing for the two of us, " + secret.substring(6) + ".");
        maya().clickAndWait("compose:send");
        reminderRoundAtNoonFor("alex@demo.test");
        Inbox.awaitCount("alex@demo.test", alexMails + 1);
        List<String> toAlex = Inbox.texts("alex@demo.test");
        assertTrue(toAlex.stream().skip(alexMails).anyMatch(m -> m.contains("thread=" + alexThread)
                && m.contains("from your therapist")), () -> String.join("\n---\n", toAlex));
        reminderRoundAtNoonFor("sam@demo.test");
        Inbox.staysAt("sam@demo.test", Inbox.count("sam@demo.test"), "the round is over");
        for (String mail : Inbox.texts("sam@demo.test").subList(samMails, Inbox.count("sam@demo.test"))) {
            assertFalse(mail.contains(secret.substring(6)) || mail.contains("Tuesday") || mail.contains("Alex")
                    || mail.contains("thread=" + alexThread), mail);
        }
        for (String mail : toAlex.subList(alexMails, toAlex.size())) {
            assertFalse(mail.contains(secret.substring(6)) || mail.contains("Tuesday") || mail.contains("Maya"), "never the text: " + mail);
        }

        phone().logIn("sam@demo.test", PASSWORD);
        assertEquals(null, phone().script(draftKey), "the sign-in page cleared Alex's draft from the phone");
        // the menu counts what Sam has not read in her two conversations, nothing of Alex's
        long samUnread = TestDatabase.number("""
                SELECT COUNT(*) FROM message m JOIN message_thread t ON t.id = m.thread_id
                JOIN partner p ON p.couple_id = t.couple_id JOIN user_account u ON u.id = p.user_id
                LEFT JOIN message_read r ON r.thread_id = t.id AND r.user_id = u.id
                WHERE u.email = 'sam@demo.test' AND (t.partner_id IS NULL OR t.partner_id = p.id)
                  AND m.author_id <> u.id AND m.id > COALESCE(r.last_read_id, 0)""");
        assertEquals(samUnread == 0 ? "Messages" : "Messages (" + samUnread + " unread)",
                phone().text(By.id("navMessages")).strip(), "Alex's thread, with Maya's new answers, counts for nothing here");
        phone().open("/portal/messages.xhtml");
        for (String thread : List.of("Together, with your therapist", "You and your therapist")) {
            openThread(phone(), thread);
            assertFalse(phone().driver().getPageSource().contains(secret), "Sam's " + thread + " holds nothing of Alex's");
        }
        assertTrue(phone().text(By.id("secretsPolicy")).contains("between you and your therapist"),
                "Sam has not written to Maya alone yet: the whole policy she agreed to comes first");
        // Sam sends one too soon and withdraws it: the conversation shows that, the record keeps it
        openThread(phone(), "Together, with your therapist");
        String tooSoon = "Sent too soon " + UUID.randomUUID().toString().substring(0, 8);
        phone().type("compose:body", tooSoon);
        phone().clickAndWait("compose:send");
        WebElement sent = messages(phone()).get(messages(phone()).size() - 1);
        String sentId = sent.getAttribute("id");
        sent.findElement(By.cssSelector("button[id$='askWithdraw']")).click();
        phone().waitFor(By.cssSelector("[data-confirm-withdraw]"));
        assertEquals(phone().driver().findElement(By.cssSelector("[data-confirm-withdraw]")).getAttribute("id"), phone().focusedId(),
                "the question takes the focus");
        phone().assertAccessible("withdrawing a message");
        phone().clickAndWait(phone().driver().findElement(By.cssSelector("[data-confirm-withdraw]")).getAttribute("id"));
        assertTrue(phone().text(By.id(sentId)).contains("This message was withdrawn."), phone().text(By.id(sentId)));
        assertFalse(phone().driver().getPageSource().contains(tooSoon), "the page no longer shows what it said");
        assertEquals(sentId, phone().focusedId(), "the withdrawn message is the result, with the focus");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM message WHERE body = ? AND withdrawn_at IS NOT NULL", tooSoon));

        phone().open("/portal/messages.xhtml?thread=" + alexThread);
        assertFalse(phone().driver().getPageSource().contains(secret));
        assertTrue(phone().isPresent(By.cssSelector("[data-error='404']")), "Alex's thread is a page that does not exist for Sam");

        // the admin sees that the conversations exist and how full they are, never what they say
        maya().forgetSession();
        maya().logIn("admin@demo.test", PASSWORD);
        maya().open("/admin/couple.xhtml?id=" + couple);
        long alexMessages = TestDatabase.number("SELECT COUNT(*) FROM message WHERE thread_id = ?", alexThread);
        assertTrue(maya().text(By.id("threadCounts")).contains("Alex alone: " + alexMessages + " messages"),
                maya().text(By.id("threadCounts")));
        assertFalse(maya().driver().getPageSource().contains(secret));
        assertFalse(maya().driver().getPageSource().contains("Let us talk on Tuesday"));
        maya().assertAccessible("the admin's couple page with the conversations' counts");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM message WHERE body LIKE ?", "%" + secret + "%"));
    }
}
