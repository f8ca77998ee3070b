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
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person sees where they are signed in (device, address, last activity), signs out a session
 * they do not want, and changes their password, which signs them out everywhere else; on a phone,
 * with axe, nothing wider than the screen, and the result of each action in view with the focus.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final String NEW_PASSWORD = "violet tractor mango 7";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(390, 844);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(AccountSecurityBrowserIT.class);
    }

    private static Browser phone() {
        return session.get();
    }

    private static boolean signedIn(WebClient client) throws Exception {
        HttpResponse<String> page = client.get("/account/security.xhtml");
        return page.statusCode() == 200 && !page.body().contains("j_security_check");
    }

    private static List<WebElement> sessions() {
        return phone().driver().findElements(By.cssSelector("#sessionList .session-item"));
    }

    @Test
    void aPartnerEndsAnotherSessionAndChangesThePasswordWhichEndsTheRest() throws Exception {
        String email = TestDatabase.newStaff("CLIENT");
        WebClient elsewhere = new WebClient();
        elsewhere.logIn(email, PASSWORD);
        assertTrue(signedIn(elsewhere));

        phone().logIn(email, PASSWORD);
        phone().open("/account/security.xhtml");
        assertEquals("Sign-in and devices", phone().text(By.tagName("h1")));
        assertEquals(2, sessions().size(), "this browser and the other one");
        assertTrue(sessions().get(0).getText().contains("this browser"), sessions().get(0).getText());
        assertTrue(sessions().get(1).getText().contains("127.0.0.1"), "the address it signed in from: " + sessions().get(1).getText());
        phone().assertAccessible("sign-in and devices");
        phone().assertFitsTheScreen("sign-in and devices");

        sessions().get(1).findElement(By.cssSelector("button.end-session")).click();
        phone().waitFor(By.cssSelector("#sessions\\:result .notice"));
        assertTrue(phone().text(By.id("sessions:result")).contains("signed out"), phone().text(By.id("sessions:result")));
        assertEquals("sessions:result", phone().focusedId(), "the result has the focus");
        assertEquals(1, sessions().size());
        assertFalse(signedIn(elsewhere), "the other session ended");

        WebClient stillElsewhere = new WebClient();
        stillElsewhere.logIn(email, PASSWORD);
        assertTrue(signedIn(stillElsewhere));

        phone().type("password:currentPassword", "not my password");
        phone().type("password:newPassword", NEW_PASSWORD);
        phone().type("password:confirmation", NEW_PASSWORD);
        phone().clickAndWait("password:change");
        assertTrue(phone().text(By.id("password")).contains("That is not your current password"),
                "the message is at the field: " + phone().text(By.id("password")));
        assertEquals("password:result", phone().focusedId());
        assertTrue(signedIn(stillElsewhere), "a refused change ends nothing");

        phone().type("password:currentPassword", PASSWORD);
        phone().type("password:newPassword", "Password2024!!");
        phone().type("password:confirmation", "Password2024!!");
        phone().clickAndWait("password:change");
        assertTrue(phone().text(By.id("password")).contains("most common ones"), phone().text(By.id("password")));

        phone().type("password:currentPassword", PASSWORD);
        phone().type("password:newPassword", NEW_PASSWORD);
        phone().type("password:confirmation", NEW_PASSWORD);
        phone().clickAndWait("password:change");
        assertTrue(phone().text(By.id("password:result")).contains("Your password is changed"), phone().text(By.id("password:result")));
        // the page moves the focus to the result once the answer is in: give that script its moment
        phone().waiting(java.time.Duration.ofSeconds(5)).until(d -> "password:result".equals(phone().focusedId()));
        assertEquals("password:result", phone().focusedId());
        phone().assertAccessible("password changed");

        assertFalse(signedIn(stillElsewhere), "every other session ended");
        phone().open("/account/security.xhtml");
        assertEquals(1, sessions().size(), "this one goes on");
        assertEquals(302, new WebClient().logIn(email, PASSWORD).statusCode());
        assertTrue(new WebClient().logIn(email, PASSWORD).headers().firstValue("Location").orElse("").contains("failed"),
                "the old password no longer works");
        WebClient withNew = new WebClient();
        withNew.logIn(email, NEW_PASSWORD);
        assertTrue(signedIn(withNew), "the new one does");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_CHANGED' AND actor = ?", email));
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'SESSION_ENDED' AND actor = ?", email));
    }

    @Test
    void fiveWrongCurrentPasswordsLockTheAccountAndSignThisBrowserOut() throws Exception {
        String email = TestDatabase.newStaff("CLIENT");
        phone().logIn(email, PASSWORD);
        phone().open("/account/security.xhtml");
        for (int guess = 1; guess <= 4; guess++) {
            phone().type("password:currentPassword", "not my password " + guess);
            phone().type("password:newPassword", NEW_PASSWORD);
            phone().type("password:confirmation", NEW_PASSWORD);
            phone().clickAndWait("password:change");
            assertTrue(phone().text(By.id("password")).contains("That is not your current password"),
                    "guess " + guess + ": " + phone().text(By.id("password")));
            assertEquals("password:result", phone().focusedId());
        }
        phone().type("password:currentPassword", "not my password 5");
        phone().type("password:newPassword", NEW_PASSWORD);
        phone().type("password:confirmation", NEW_PASSWORD);
        phone().driver().findElement(By.id("password:change")).click();

        assertTrue(phone().waitForPath("/login.xhtml"), phone().driver().getCurrentUrl());
        assertTrue(phone().waitFor(By.id("lockedOut")).getText().contains("too many wrong answers"),
                phone().text(By.tagName("body")));
        phone().assertAccessible("signed out, locked");
        WebClient again = new WebClient();
        again.logIn(email, PASSWORD);
        assertFalse(signedIn(again), "nobody signs in while the account is locked");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_LOCKED' AND actor = ?", email));
    }

    @Test
    void staffReachThePageFromTheirMenu() {
        String therapist = TestDatabase.newStaff("THERAPIST");
        phone().logIn(therapist, PASSWORD);
        phone().open("/therapist/");
        phone().driver().findElement(By.id("navAccount")).click();
        assertTrue(phone().waitForPath("/account/security.xhtml"));
        assertEquals(1, sessions().size());
        phone().assertAccessible("sign-in and devices, staff");
        phone().assertFitsTheScreen("sign-in and devices, staff");
    }
}
