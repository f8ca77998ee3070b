package org.reconnect.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.reconnect.testsupport.TestMail;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.BrowserSession;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A therapist who forgot the password, on a phone: from the login page to "forgot password", the
 * mailed link, a new password, and signed in with it; every page with axe, nothing wider than the
 * screen, the form sent from the keyboard, and the answer in view.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetBrowserIT {

    private static final String NEW_PASSWORD = "pebble orchard violin 58";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(390, 844);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(PasswordResetBrowserIT.class);
    }

    private static Browser phone() {
        return session.get();
    }

    private static void assertInView(By locator) {
        WebElement element = phone().driver().findElement(locator);
        assertTrue(element.isDisplayed(), locator + " is shown");
        Object inView = ((JavascriptExecutor) phone().driver()).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", element);
        assertEquals(Boolean.TRUE, inView, locator + " is in view without scrolling");
    }

    @Test
    void fromTheLoginPageToANewPasswordAndSignedInWithIt() throws Exception {
        TestDatabase.update("DELETE FROM reset_request_count");
        String email = TestDatabase.newStaff("THERAPIST");

        phone().open("/login.xhtml");
        phone().assertAccessible("login");
        phone().driver().findElement(By.id("forgotPassword")).click();
        assertTrue(phone().waitForPath("/account/forgot-password.xhtml"));
        assertEquals("Forgot your password", phone().text(By.tagName("h1")));
        phone().assertAccessible("forgot password");
        phone().assertFitsTheScreen("forgot password");

        // a typo first (one the browser's own check of an email field lets through): said at the field
        WebElement field = phone().driver().findElement(By.id("forgotPassword:email"));
        field.sendKeys("alex@clinic", Keys.ENTER);
        phone().waitFor(By.cssSelector("#forgotPassword .ui-message-error"));
        assertTrue(phone().text(By.id("forgotPassword")).contains("Type the email address you sign in with"),
                phone().text(By.id("forgotPassword")));
        phone().assertAccessible("forgot password, a typo");
        phone().assertFitsTheScreen("forgot password, a typo");

        phone().type("forgotPassword:email", email);
        phone().driver().findElement(By.id("forgotPassword:email")).sendKeys(Keys.ENTER);
        phone().waitFor(By.id("linkRequested"));
        assertTrue(phone().text(By.id("linkRequested")).startsWith("If an account uses that address, we have sent a link"),
                phone().text(By.id("linkRequested")));
        assertInView(By.id("linkRequested"));
        phone().assertAccessible("link requested");
        phone().assertFitsTheScreen("link requested");

        String link = TestMail.linkSentTo(email);
        URI uri = URI.create(link);
        phone().open(uri.getRawPath() + "?" + uri.getRawQuery());
        assertEquals("Choose your password", phone().text(By.tagName("h1")));
        assertTrue(phone().text(By.id("setPassword")).contains(email), phone().text(By.id("setPassword")));
        phone().assertAccessible("choose a new password");
        phone().assertFitsTheScreen("choose a new password");

        phone().type("setPassword:password", NEW_PASSWORD);
        phone().type("setPassword:confirmation", NEW_PASSWORD);
        phone().driver().findElement(By.id("setPassword:confirmation")).sendKeys(Keys.ENTER);
        phone().waitFor(By.id("passwordSaved"));
        assertInView(By.id("passwordSaved"));
        phone().assertAccessible("password saved");
        phone().assertFitsTheScreen("password saved");

        phone().driver().findElement(By.id("signIn")).click();
        assertTrue(phone().waitForPath("/login.xhtml"));
        phone().logIn(email, NEW_PASSWORD);
        String path = URI.create(phone().driver().getCurrentUrl()).getPath();
        assertTrue(path.startsWith("/therapist/"), "signed in with the new password: " + path);
        phone().assertAccessible("signed in after the reset");
        phone().assertFitsTheScreen("signed in after the reset");

        // the link is used up
        phone().forgetSession();
        phone().open(uri.getRawPath() + "?" + uri.getRawQuery());
        assertTrue(phone().isPresent(By.id("linkUnusable")));
        assertFalse(phone().isPresent(By.id("setPassword")));
        phone().assertAccessible("a used link");
        phone().driver().findElement(By.id("requestNewLink")).click();
        assertTrue(phone().waitForPath("/account/forgot-password.xhtml"), "a used link leads to asking for a new one");
    }
}
