package org.reconnect.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.reconnect.security.control.Totp;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.BrowserSession;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.container.RunAs;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new admin's first sign-in in a real browser: the enrolment page (QR code, key to type, first
 * code), the recovery codes shown once, then the admin area; and a therapist turning it on from
 * the two-step link. Every page passes axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoStepBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(1280, 900);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(TwoStepBrowserIT.class);
    }

    private static Browser browser() {
        return session.get();
    }

    private static void enrolOnThePage() {
        String secret = browser().text(By.id("secret")).replace(" ", "");
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertTrue(browser().isPresent(By.cssSelector("img#qr[alt]")), "the QR code has a text alternative");
        browser().type("twoStep:firstCode", Totp.codeAt(secret, Instant.now()));
        browser().driver().findElement(By.id("twoStep:confirm")).click();
        String codes = browser().waitFor(By.id("recoveryCodes")).getText();
        assertEquals(10, codes.lines().filter(l -> l.matches("[a-z2-9]{5}-[a-z2-9]{5}")).count(), codes);
    }

    /** On the two-step page with the app off: turns it on, and back to the therapist's home. */
    private static void turnOnAndGoHome() {
        browser().driver().findElement(By.id("twoStep:turnOn")).click();
        browser().waitFor(By.id("secret"));
        enrolOnThePage();
        browser().clickAndWait("twoStep:done");
        assertTrue(browser().waitForPath("/therapist/"), browser().driver().getCurrentUrl());
    }

    @Test
    void aNewAdminSetsUpAnAppAtTheFirstSignIn() {
        browser().logIn(TestDatabase.newStaff("ADMIN"), PASSWORD);

        assertTrue(browser().waitForPath("/account/two-step.xhtml"), browser().driver().getCurrentUrl());
        assertTrue(!browser().isPresent(By.id("navAudit")), "no admin links before the second step");
        browser().assertAccessible("two-step enrolment");
        enrolOnThePage();
        browser().assertAccessible("recovery codes");
        browser().clickAndWait("twoStep:done");

        assertTrue(browser().waitForPath("/admin/"), browser().driver().getCurrentUrl());
    }

    @Test
    void aTherapistTurnsItOnFromTheLinkInTheHeader() {
        browser().logIn(TestDatabase.newStaff("THERAPIST"), PASSWORD);
        assertTrue(browser().waitForPath("/therapist/"), browser().driver().getCurrentUrl());

        browser().clickAndWait("navTwoStep");
        assertTrue(browser().isPresent(By.id("twoStepOff")));
        browser().assertAccessible("two-step off");
        turnOnAndGoHome();

        browser().open("/account/two-step.xhtml");
        assertTrue(browser().text(By.id("twoStepOn")).contains("10 recovery codes are left"));
        browser().assertAccessible("two-step on");
    }

    @Test
    void fiveWrongCodesToTurnItOffLockTheAccountAndSignThisBrowserOut() {
        String therapist = TestDatabase.newStaff("THERAPIST");
        browser().logIn(therapist, PASSWORD);
        assertTrue(browser().waitForPath("/therapist/"), browser().driver().getCurrentUrl());
        browser().open("/account/two-step.xhtml");
        turnOnAndGoHome();

        browser().open("/account/two-step.xhtml");
        for (int guess = 1; guess <= 4; guess++) {
            browser().type("twoStep:currentCode", "000000");
            browser().clickAndWait("twoStep:turnOff");
            assertTrue(browser().text(By.id("twoStep")).contains("That code is not right"), "guess " + guess + ": "
                    + browser().text(By.id("twoStep")));
        }
        browser().type("twoStep:currentCode", "000000");
        browser().driver().findElement(By.id("twoStep:turnOff")).click();

        assertTrue(browser().waitForPath("/login.xhtml"), browser().driver().getCurrentUrl());
        assertTrue(browser().waitFor(By.id("lockedOut")).getText().contains("too many wrong answers"),
                browser().text(By.tagName("body")));
        browser().open("/therapist/");
        assertTrue(browser().isPresent(By.cssSelector("form[action*='j_security_check']")),
                "this browser's session ended: the sign-in form instead of the caseload");
        assertEquals(1, TestDatabase.number(
                "SELECT COUNT(*) FROM two_step t JOIN user_account u ON u.id = t.user_id WHERE u.email = ? AND t.confirmed_at IS NOT NULL",
                therapist), "the app is still on");
    }
}
