package org.reconnect.security.web;

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

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idle warning: signed-in pages carry it (hidden), it is accessible when it shows, "Stay
 * signed in" reaches the server and closes it, and a phone can use it as well. The idle monitor
 * itself (the minutes before it shows) is PrimeFaces'; the test opens the dialog directly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdleWarningBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @RegisterExtension
    static final BrowserSession phone = new BrowserSession(390, 844);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(IdleWarningBrowserIT.class);
    }

    private static Browser browser() {
        return phone.get();
    }

    @Test
    void theWarningOffersToStaySignedIn() {
        browser().logIn("sam@demo.test", PASSWORD);
        assertTrue(browser().waitForPath("/portal/"));
        WebElement dialog = browser().driver().findElement(By.id("idleForm:idleDialog"));
        assertFalse(dialog.isDisplayed(), "hidden until the person has been idle");

        browser().script("PF('idleDialog').show();");
        browser().waiting(Duration.ofSeconds(5)).until(d -> dialog.isDisplayed());
        assertTrue(browser().text(By.id("idleText")).contains("signed out soon"));
        browser().assertAccessible("idle warning on a phone");

        browser().clickAndWait("idleForm:stay");
        browser().waiting(Duration.ofSeconds(5)).until(d -> !dialog.isDisplayed());
        browser().open("/portal/steps.xhtml");
        assertTrue(browser().waitForPath("/portal/steps.xhtml"), "still signed in");
        assertFalse(browser().isPresent(By.id("j_username")));
    }
}
