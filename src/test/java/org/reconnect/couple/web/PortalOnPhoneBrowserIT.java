package org.reconnect.couple.web;

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

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal home on a 390 x 844 phone: nothing cut off, crisis help in reach, a screenshot kept. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalOnPhoneBrowserIT {

    private static final int PHONE_WIDTH = 390;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(390, 844);

    private static Browser phone() {
        return session.get();
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(PortalOnPhoneBrowserIT.class);
    }



    @Test
    void portalHomeFitsAPhoneWithoutSidewaysScrolling() throws Exception {
        phone().logIn("jordan@demo.test", RunAs.DEMO_PASSWORD);
        assertTrue(phone().waitForPath("/portal/"), phone().driver().getCurrentUrl());

        long viewport = ((Number) phone().script("return window.innerWidth")).longValue();
        long content = ((Number) phone().script("return document.documentElement.scrollWidth")).longValue();
        Path shot = phone().screenshot("portal-home-390x844");

        assertEquals(PHONE_WIDTH, viewport, "the browser window is phone-sized");
        assertTrue(content <= viewport, "page is " + content + " px wide on a " + viewport + " px screen");
        WebElement crisis = phone().driver().findElement(By.id("crisisLink"));
        assertTrue(crisis.isDisplayed());
        assertTrue(crisis.getRect().getX() + crisis.getRect().getWidth() <= viewport, "crisis link is cut off");
        assertTrue(crisis.getRect().getHeight() >= 44, "crisis link is a comfortable touch target");
        assertTrue(Files.size(shot) > 0);
        phone().assertAccessible("portal home on a phone");
    }
}
