package org.reconnect.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.BrowserSession;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.container.RunAs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each demo role signs in with a real browser and sees its own home page; every page passes axe. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(1280, 900);

    private static Browser browser() {
        return session.get();
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(SignInBrowserIT.class);
    }




    @Test
    void loginPageIsAccessible() {
        browser().open("/login.xhtml");

        assertEquals("Sign in", browser().text(By.tagName("h1")));
        browser().assertAccessible("login");
    }

    @Test
    void adminSignsInAndSeesTheClinicAtAGlance() {
        browser().logIn("admin@demo.test", PASSWORD);

        assertTrue(browser().waitForPath("/admin/"), browser().driver().getCurrentUrl());
        assertEquals("Clinic at a glance", browser().text(By.tagName("h1")));
        assertTrue(browser().isPresent(By.id("unassignedCount")));
        browser().assertAccessible("admin home");
    }

    @Test
    void therapistSignsInAndSeesTheirCouples() {
        browser().logIn("maya@demo.test", PASSWORD);

        assertTrue(browser().waitForPath("/therapist/"), browser().driver().getCurrentUrl());
        assertEquals("My couples", browser().text(By.tagName("h1")));
        String table = browser().text(By.id("caseload"));
        assertTrue(table.contains("RC-2026-0001") && table.contains("Alex Morgan & Samantha Reyes"), table);
        assertTrue(!table.contains("RC-2026-0002"), "another therapist's couple is listed");
        browser().assertAccessible("therapist home");
    }

    @Test
    void partnerSignsInAndSeesTheirCoupleTherapistAndCrisisHelp() {
        browser().logIn("alex@demo.test", PASSWORD);

        assertTrue(browser().waitForPath("/portal/"), browser().driver().getCurrentUrl());
        assertEquals("Hello, Alex", browser().text(By.id("welcome")));
        assertEquals("Maya Chen", browser().text(By.id("therapistName")));
        assertTrue(browser().driver().findElement(By.id("crisisLink")).isDisplayed());
        browser().assertAccessible("portal home");
    }

    @Test
    void partnerWhoOpensTheAdminAreaGetsTheForbiddenPage() {
        browser().logIn("sam@demo.test", PASSWORD);

        browser().open("/admin/");

        assertEquals("403", browser().driver().findElement(By.id("errorTitle")).getAttribute("data-error"));
        assertEquals("This page is not yours to see", browser().text(By.id("errorTitle")));
        browser().assertAccessible("403 page");
    }

    @Test
    void wrongPasswordShowsAClearMessage() {
        browser().logIn("maya@demo.test", "not-my-password");

        assertTrue(browser().text(By.id("loginFailed")).contains("That email and password do not match an active account"));
        browser().assertAccessible("login failed");
    }

    @Test
    void signingInWorksFromTheKeyboardAlone() {
        browser().open("/login.xhtml");
        WebElement body = browser().driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);

        assertEquals("skip-link", browser().driver().switchTo().activeElement().getAttribute("class"));
        browser().driver().findElement(By.id("j_username")).sendKeys("omar@demo.test", Keys.TAB);
        browser().driver().switchTo().activeElement().sendKeys(PASSWORD, Keys.ENTER);

        assertTrue(browser().waitForPath("/therapist/"), browser().driver().getCurrentUrl());
    }

    @Test
    void signOutEndsTheSession() {
        browser().logIn("riley@demo.test", PASSWORD);

        browser().driver().findElement(By.id("account:signOut")).click();
        browser().waitForPath("/login.xhtml");

        assertTrue(browser().isPresent(By.id("signedOut")), "the login page confirms the sign-out");
        browser().open("/portal/");
        assertTrue(browser().isPresent(By.id("j_username")), "the portal asks for a login again");
    }

    @Test
    void thePolicyBlocksAScriptWithoutTheNonceAndTheTestsNoticeIt() {
        browser().logIn("maya@demo.test", PASSWORD);
        assertTrue(browser().waitForPath("/therapist/"));

        browser().script("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.body.appendChild(s);");

        assertEquals(null, browser().script("return window.injected === undefined ? null : window.injected;"),
                "an inline script without the page's nonce does not run");
        Object violations = browser().script("return window.__cspViolations;");
        assertTrue(violations instanceof java.util.List<?> list && !list.isEmpty()
                && String.valueOf(list.get(0)).startsWith("script-src"), String.valueOf(violations));
        assertThrows(AssertionError.class, () -> browser().assertAccessible("a page with a blocked script"),
                "every browser test would fail on it");
    }

    @Test
    void crisisHelpPageIsPublicAndAccessible() {
        browser().open("/help/crisis.xhtml");

        assertEquals("Help right now", browser().text(By.tagName("h1")));
        browser().assertAccessible("crisis help");
    }
}
