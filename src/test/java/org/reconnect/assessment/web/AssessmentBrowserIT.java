package org.reconnect.assessment.web;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assessments in the browser on the demo clinic: Maya assigns the Connection Check to Alex and
 * Sam; on a 390 x 844 phone each answers half, leaves, comes back and finishes (a first try to
 * submit half is refused with the missing question named); Maya sees both trends with the
 * demo history, the change since baseline and the partners' discrepancy. Every page is checked
 * with axe, and the phone views are saved under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final int ITEMS = 12;

    @RegisterExtension
    static final BrowserSession desk = new BrowserSession(1280, 900);

    @RegisterExtension
    static final BrowserSession phone = new BrowserSession(390, 844);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(AssessmentBrowserIT.class);
    }

    private static Browser maya() {
        return desk.get();
    }

    private static Browser phone() {
        return phone.get();
    }

    @Test
    void assignAnswerOnPhonesAndSeeTheTrends() {
        maya().logIn("maya@demo.test", PASSWORD);
        openAlexAndSam();
        maya().chooseStartingWith("assessmentForm:instrumentId", "Connection Check");
        maya().clickAndWait("assessmentForm:assignAssessment");
        maya().waitFor(By.xpath("//*[@id='assessmentPlans']//td[contains(., 'Once, due')]"));
        assertTrue(maya().text(By.tagName("main")).contains("The questionnaire \"Connection Check\" is assigned."),
                maya().text(By.tagName("main")));
        maya().assertAccessible("couple page with assessments");

        // Alex: "Often" everywhere: 7 x 3 + 5 reversed x 1 = 26; Sam: "Sometimes" everywhere: 24
        answerOnPhone("alex@demo.test", "alex", "Often");
        // Alex's shared demo results, labelled, and in words against the cutoff c = 27 (higher is better)
        String own = phone().text(By.cssSelector("section[aria-labelledby='resultsHeading']"));
        assertTrue(own.contains("Connection Check\nNot a validated clinical instrument"), own);
        assertTrue(own.contains("below the cutoff of 27, in the distressed range"), own);
        assertTrue(own.contains("above the cutoff of 27, in the non-distressed range"), own);
        answerOnPhone("sam@demo.test", "sam", "Sometimes");

        maya().open("/therapist/");
        openAlexAndSam();
        WebElement check = maya().waitFor(By.id("instrument-connection-check"));
        maya().waitFor(By.cssSelector("#instrument-connection-check canvas"));
        String trends = check.findElement(By.cssSelector(".trend-table")).getText();
        // Alex 18 -> 26: RCI 8 / 3.83 = 2.09, still below the cutoff of 27; Sam 20 -> 24: 1.04
        assertTrue(trends.matches("(?s).*Alex.*: 26 \\(Noticeable distance\\)\\s*below the cutoff of 27, in the distressed range"
                + ".*2\\.09.*Reliable improvement.*"), trends);
        assertTrue(trends.matches("(?s).*Sam.*: 24 \\(Noticeable distance\\).*1\\.04.*No reliable change.*"), trends);
        String discrepancy = check.findElement(By.cssSelector(".discrepancy")).getText();
        assertTrue(discrepancy.contains("Difference between the partners' latest totals: 2."), discrepancy);
        String summary = check.findElement(By.cssSelector(".sr-only")).getAttribute("textContent");
        assertTrue(summary.contains("Alex") && summary.contains("Sam") && summary.contains(" 26"), summary);
        assertEquals(12, check.findElements(By.cssSelector(".responses-table tbody tr")).size(),
                "five demo responses each and today's");
        maya().screenshot("therapist-assessments-1280");
        maya().assertAccessible("couple page with results");

        // the answers behind a score, item by item: Alex's newest (the rows run oldest first)
        check.findElements(By.cssSelector(".responses-table tbody tr")).stream()
                .filter(r -> r.getText().contains("Alex")).reduce((first, second) -> second).orElseThrow()
                .findElement(By.tagName("a")).click();
        assertTrue(maya().waitForPath("/therapist/answers.xhtml"));
        assertEquals("Total: 26 (Noticeable distance), below the cutoff of 27, in the distressed range",
                maya().text(By.id("sheetTotal")));
        assertTrue(maya().text(By.tagName("main")).contains("I feel taken for granted."));
        maya().assertAccessible("answers of one response");
    }

    private void openAlexAndSam() {
        maya().waitFor(By.linkText("RC-2026-0001")).click();
        assertTrue(maya().waitForPath("/therapist/couple.xhtml"));
        maya().waitFor(By.id("assessmentForm:instrumentId"));
    }

    /** One partner on the phone: half the items, an early submit, save, come back, finish. */
    private void answerOnPhone(String email, String name, String answer) {
        phone().forgetSession();
        phone().logIn(email, PASSWORD);
        assertTrue(phone().waitForPath("/portal/"));
        assertTrue(phone().driver().findElement(By.id("navAssessments")).getAttribute("href").endsWith("/portal/assessments.xhtml"),
                "questionnaires are in the portal's menu");
        String listed = linkFor("Connection Check").findElement(By.xpath("ancestor::li")).getText();
        assertTrue(listed.contains("Not a validated clinical instrument"), listed);
        linkFor("Connection Check").click();
        assertTrue(phone().waitForPath("/portal/assessment.xhtml"));
        assertEquals("Not a validated clinical instrument", phone().text(By.id("notValidated")));
        phone().assertAccessible("questionnaire on a phone");
        for (int item = 0; item < ITEMS / 2; item++) {
            tap(item, answer);
        }
        // the count follows the answers as they are given, before anything is saved
        String counted = (ITEMS / 2) + " of " + ITEMS + " answered";
        phone().waiting(java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> phone().text(By.id("questionnaire:progress")).contains(counted));
        phone().driver().findElement(By.id("questionnaire:submitAnswers")).click();
        phone().waitFor(By.xpath("//*[contains(@class, 'ui-message') and contains(., 'Please answer question 7.')]"));
        assertFalse(phone().isPresent(By.id("errorTitle")), "never an error page");
        phone().screenshot("portal-questionnaire-missing-" + name + "-390x844");
        phone().assertAccessible("questionnaire with missing answers");
        phone().driver().findElement(By.id("questionnaire:saveLater")).click();
        phone().waitFor(By.xpath("//*[@id='messages']//*[contains(., 'Your answers are saved.')]"));

        // later: home shows "Carry on", and the saved answers are there
        phone().open("/portal/");
        linkFor("Connection Check").click();
        assertTrue(phone().waitForPath("/portal/assessment.xhtml"));
        assertTrue(phone().text(By.id("questionnaire:progress")).contains("6 of 12 answered"),
                phone().text(By.id("questionnaire:progress")));
        for (int item = ITEMS / 2; item < ITEMS; item++) {
            tap(item, answer);
        }
        assertFitsThePhone("questionnaire");
        phone().screenshot("portal-questionnaire-" + name + "-390x844");
        phone().driver().findElement(By.id("questionnaire:submitAnswers")).click();
        assertTrue(phone().waitForPath("/portal/assessments.xhtml"), phone().driver().getCurrentUrl());
        assertTrue(phone().waitFor(By.id("messages")).getText().contains("Your answers are submitted."));
        assertFalse(phone().text(By.tagName("main")).contains("Connection Check\nDue"), "nothing left to answer");
        phone().assertAccessible("questionnaires after submitting");
    }

    private WebElement linkFor(String title) {
        return phone().waitFor(By.xpath("//ul[@id='toAnswer']/li[.//strong[text()='" + title + "']]//a"));
    }

    /** Taps the answer with this text for one item (a label over a radio). */
    private void tap(int item, String answer) {
        phone().driver().findElement(By.xpath("//fieldset[.//input[starts-with(@id, 'questionnaire:items:" + item
                + ":answer')]]//label[normalize-space(text())='" + answer + "']")).click();
    }

    private void assertFitsThePhone(String page) {
        long viewport = ((Number) phone().script("return window.innerWidth")).longValue();
        long content = ((Number) phone().script("return document.documentElement.scrollWidth")).longValue();
        assertTrue(content <= viewport, page + " is " + content + " px wide on a " + viewport + " px screen");
    }
}
