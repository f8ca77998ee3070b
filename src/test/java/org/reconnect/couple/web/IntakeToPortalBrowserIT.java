package org.reconnect.couple.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.reconnect.testsupport.TestMail;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.BrowserSession;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.container.RunAs;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clinic's first hour with a new couple, in a real browser: intake, the invitation mail,
 * the partner's own password and portal, matching, and the therapist's caseload. Every page
 * opened passes axe. Then the intake form against bad input: never an error page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeToPortalBrowserIT {

    private static final String DEMO_PASSWORD = RunAs.DEMO_PASSWORD;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(1280, 1000);

    private static Browser browser() {
        return session.get();
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(IntakeToPortalBrowserIT.class);
    }




    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@browser.test";
    }

    private void fillPartner(int n, String name, String email) {
        browser().type("intake:partner" + n + "_fullName", name);
        browser().type("intake:partner" + n + "_email", email);
    }

    @Test
    void intakeInvitationPasswordPortalMatchingAndCaseload() throws Exception {
        String first = unique("june");
        String second = unique("ravi");

        // the admin does intake
        browser().logIn("admin@demo.test", DEMO_PASSWORD);
        browser().open("/admin/intake.xhtml");
        browser().assertAccessible("intake form");
        browser().choose("intake:secretsPolicy", "No secrets: what one partner tells the therapist alone may be shared");
        fillPartner(1, "June Browser", first);
        fillPartner(2, "Ravi Browser", second);
        browser().clickAndWait("intake:submit");
        String opened = browser().waitFor(By.id("resultHeading")).getText();
        assertTrue(opened.matches("Case RC-\\d{4}-\\d{4,6} is open\\."), opened);
        String caseNumber = opened.substring(5, opened.indexOf(" is open"));
        browser().assertAccessible("intake result");

        // June opens the invitation from her mail and chooses a password
        String link = TestMail.linkSentTo(first);
        browser().forgetSession();
        browser().driver().get(link);
        assertTrue(browser().text(By.tagName("body")).contains(first));
        browser().assertAccessible("set password");
        String password = "june-chooses-a-long-one";
        browser().type("setPassword:password", password);
        browser().type("setPassword:confirmation", password);
        browser().driver().findElement(By.id("setPassword:save")).click();
        browser().waitFor(By.id("passwordSaved"));

        // and signs in to the portal
        browser().logIn(first, password);
        assertTrue(browser().waitForPath("/portal/"), browser().driver().getCurrentUrl());
        assertEquals("Hello, June", browser().text(By.id("welcome")));
        browser().assertAccessible("portal of a new couple");

        // the same link does not work twice
        browser().forgetSession();
        browser().driver().get(link);
        assertTrue(browser().isPresent(By.id("linkUnusable")));

        // the admin matches the couple with Maya
        browser().logIn("admin@demo.test", DEMO_PASSWORD);
        browser().open("/admin/waiting.xhtml");
        browser().driver().findElement(By.linkText(caseNumber)).click();
        browser().waitFor(By.id("assignForm:therapist"));
        browser().assertAccessible("couple page (admin)");
        browser().chooseStartingWith("assignForm:therapist", "Maya Chen");
        browser().type("assignForm:reason", "Maya has evening slots");
        browser().clickAndWait("assignForm:assign");
        if (browser().isPresent(By.id("assignForm:confirm"))) {
            browser().driver().findElement(By.cssSelector("[id='assignForm:confirm'] .ui-chkbox-box")).click();
            browser().clickAndWait("assignForm:assign");
        }
        assertEquals("Maya Chen", browser().waitFor(By.id("therapistName")).getText());

        // and Maya finds them in her caseload
        browser().forgetSession();
        browser().logIn("maya@demo.test", DEMO_PASSWORD);
        browser().type("caseload:search", caseNumber);
        browser().clickAndWait("caseload:apply");
        assertTrue(browser().text(By.id("caseload:table")).contains("June Browser & Ravi Browser"),
                browser().text(By.id("caseload:table")));
        browser().assertAccessible("caseload with a new couple");
    }

    @Test
    void badInputGetsClearMessagesAndMarkupIsShownAsText() throws Exception {
        browser().logIn("admin@demo.test", DEMO_PASSWORD);
        browser().open("/admin/intake.xhtml");

        // a 10,000-character name and an international email: messages on the fields, nothing saved
        browser().choose("intake:secretsPolicy", "No secrets: what one partner tells the therapist alone may be shared");
        browser().setValue("intake:partner1_fullName", "N".repeat(10_000));
        browser().type("intake:partner1_email", unique("long"));
        browser().type("intake:partner2_fullName", "Zoë Unicode");
        browser().type("intake:partner2_email", "zoë@exämple.test");
        browser().clickAndWait("intake:submit");
        assertTrue(browser().text(By.id("intake")).contains("A name can have at most 120 characters."));
        assertFalse(browser().isPresent(By.id("intakeResult")));
        browser().assertAccessible("intake with errors");

        // markup in every text field is kept as typed and shown as text
        String script = "<script>alert('x')</script>";
        browser().open("/admin/intake.xhtml");
        browser().choose("intake:secretsPolicy", "No secrets: what one partner tells the therapist alone may be shared");
        browser().type("intake:referralSource", script);
        browser().type("intake:reason", script);
        for (int n = 1; n <= 2; n++) {
            browser().type("intake:partner" + n + "_fullName", script);
            browser().type("intake:partner" + n + "_preferredName", "<b>x</b>");
            browser().type("intake:partner" + n + "_pronouns", "<i>y</i>");
            browser().type("intake:partner" + n + "_email", unique("markup" + n));
            browser().type("intake:partner" + n + "_consentFormVersion", "<img src=x onerror=alert(1)>");
        }
        browser().clickAndWait("intake:submit");
        browser().waitFor(By.id("intake:viewCase")).click();
        browser().waitFor(By.id("caseHeading"));

        assertTrue(browser().text(By.tagName("main")).contains(script), "shown as the text that was typed");
        assertThrows(NoAlertPresentException.class, () -> browser().driver().switchTo().alert());
        assertFalse(browser().driver().getPageSource().contains("<script>alert('x')</script>"));
        assertFalse(browser().isPresent(By.id("errorTitle")), "never an error page");
        browser().assertAccessible("couple page with markup in its fields");
    }
}
