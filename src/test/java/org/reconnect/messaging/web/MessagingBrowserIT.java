package org.reconnect.messaging.web;

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
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.container.RunAs;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secure messaging on the demo clinic: Alex writes to Maya alone from his phone; Sam, on hers,
 * never sees it, neither on the page nor in its source, and gets the page that does not exist
 * for Alex's thread; Maya reads it at her desk and answers; Alex sees the answer and that Maya
 * has read his; the admin sees only how many messages each conversation holds. Every page is
 * checked with axe, and on the phone for fitting the screen.
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
        return TestServer.marker(MessagingBrowserIT.class);
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

    @Test
    void alexWritesToMayaAloneSamNeverSeesItMayaAnswers() {
        String secret = "alone-" + UUID.randomUUID().toString().substring(0, 8);
        String written = "I have not told Sam yet: " + secret + ".\nMore here https://example.org/help?a=1&b=2.";

        phone().logIn("alex@demo.test", PASSWORD);
        phone().driver().findElement(By.id("navMessages")).click();
        assertTrue(phone().waitForPath("/portal/messages.xhtml"));
        phone().assertAccessible("messages, joint");
        phone().assertFitsTheScreen("messages, joint");
        openThread(phone(), "You and your therapist");
        assertTrue(phone().text(By.id("secretsPolicy")).contains("between you and your therapist"), phone().text(By.id("thread")));
        phone().type("compose:body", written);
        phone().clickAndWait("compose:send");
        List<WebElement> shown = messages(phone());
        WebElement mine = shown.get(shown.size() - 1);
        assertTrue(mine.getText().contains(secret), mine.getText());
        assertEquals(mine.getAttribute("id"), phone().focusedId(), "the message sent is the result, with the focus");
        WebElement link = mine.findElement(By.cssSelector(".message-body a"));
        assertEquals("https://example.org/help?a=1&b=2", link.getAttribute("href"), "the address is a link, the full stop is not");
        assertTrue(link.getAttribute("rel").contains("noopener"));
        phone().assertAccessible("messages, own thread, sent");
        phone().assertFitsTheScreen("messages, own thread, sent");
        long alexThread = TestDatabase.number("""
                SELECT t.id FROM message_thread t JOIN partner p ON p.id = t.partner_id JOIN user_account u ON u.id = p.user_id
                WHERE u.email = 'alex@demo.test'""");

        phone().forgetSession();
        phone().logIn("sam@demo.test", PASSWORD);
        phone().open("/portal/messages.xhtml");
        for (String thread : List.of("Together, with your therapist", "You and your therapist")) {
            openThread(phone(), thread);
            assertFalse(phone().driver().getPageSource().contains(secret), "Sam's " + thread + " holds nothing of Alex's");
        }
        phone().open("/portal/messages.xhtml?thread=" + alexThread);
        assertFalse(phone().driver().getPageSource().contains(secret));
        assertTrue(phone().isPresent(By.cssSelector("[data-error='404']")), "Alex's thread is a page that does not exist for Sam");

        maya().logIn("maya@demo.test", PASSWORD);
        long couple = TestDatabase.number("SELECT id FROM couple WHERE case_number = 'RC-2026-0001'");
        maya().open("/therapist/couple.xhtml?id=" + couple);
        maya().driver().findElement(By.id("messagesLink")).click();
        assertTrue(maya().waitForPath("/therapist/messages.xhtml"));
        openThread(maya(), "Alex alone");
        assertTrue(maya().text(By.id("thread")).contains(secret), maya().text(By.id("thread")));
        maya().assertAccessible("messages, a partner's own thread");
        maya().type("compose:body", "Thank you for telling me, Alex. Let us talk on Tuesday.");
        maya().clickAndWait("compose:send");
        assertTrue(maya().text(By.id("thread")).contains("Let us talk on Tuesday"));

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

        phone().forgetSession();
        phone().logIn("alex@demo.test", PASSWORD);
        phone().open("/portal/messages.xhtml?thread=" + alexThread);
        String thread = phone().text(By.id("thread"));
        assertTrue(thread.contains("Let us talk on Tuesday"), thread);
        assertTrue(thread.contains("Seen by Maya"), "Maya read his: " + thread);
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM message WHERE body LIKE ?", "%" + secret + "%"));
    }
}
