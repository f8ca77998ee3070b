package org.reconnect.interop.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.BrowserSession;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.container.RunAs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FHIR from a phone, as the clinic uses it: the admin imports a Questionnaire file on the
 * instruments page (a faulty one gets its problem on the file field, which takes the focus, and
 * stores nothing; a good one is listed with its source), and Maya exports Alex and Sam's record
 * from the couple's page: the disclosure is listed at once and the result has the focus. Every
 * page is checked with axe and must fit a 390 px screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirBrowserIT {

    @RegisterExtension
    static final BrowserSession phone = new BrowserSession(390, 844);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(FhirBrowserIT.class);
    }

    private static void submitAndWait(Browser browser, String button) {
        WebElement oldPage = browser.driver().findElement(By.tagName("html"));
        browser.driver().findElement(By.id(button)).click();
        browser.waiting(Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(oldPage));
    }

    @Test
    void anAdminImportsAQuestionnaireFileAndAFaultyOneStoresNothing() throws Exception {
        Browser admin = phone.get();
        admin.logIn("admin@demo.test", RunAs.DEMO_PASSWORD);
        admin.open("/admin/instruments.xhtml");
        assertTrue(admin.text(By.id("instruments")).contains("Daily Talk Check"), "the demo clinic's imported instrument is listed");
        long before = TestDatabase.number("SELECT COUNT(*) FROM instrument");

        Path patient = Files.createTempFile("patient", ".json");
        Files.writeString(patient, "{\"resourceType\": \"Patient\", \"name\": [{\"text\": \"Not a questionnaire\"}]}");
        admin.driver().findElement(By.id("fhirImport:fhirFile")).sendKeys(patient.toString());
        submitAndWait(admin, "fhirImport:importFhir");
        String problems = admin.waitFor(By.id("fhirImport:fhirFileMessages")).getText();
        assertTrue(problems.contains("The file holds a FHIR Patient, not a Questionnaire."), problems);
        assertEquals(before, TestDatabase.number("SELECT COUNT(*) FROM instrument"), "nothing stored");
        assertEquals("fhirImport:fhirFile", admin.focusedId(), "the refused file field has the focus");
        admin.assertAccessible("instruments, a faulty FHIR file");
        admin.assertFitsTheScreen("instruments, a faulty FHIR file");

        String code = "talk-" + Long.toString(System.nanoTime(), 36);
        String example = Files.readString(Path.of("docs/examples/fhir-questionnaire-daily-talk.json"))
                .replace("Daily Talk Check", "Talk check " + code)
                .replace("daily-talk-check", code)
                .replace("DailyTalkCheck", "TalkCheck");
        Path file = Files.createTempFile("questionnaire", ".json");
        Files.writeString(file, example);
        admin.driver().findElement(By.id("fhirImport:fhirFile")).sendKeys(file.toString());
        submitAndWait(admin, "fhirImport:importFhir");
        assertTrue(admin.waitForPath("/admin/instruments.xhtml"));
        assertTrue(admin.text(By.id("pageMessages")).contains("Imported Talk check " + code + " version 1."),
                admin.text(By.id("pageMessages")));
        assertEquals("pageMessages", admin.focusedId(), "the result has the focus");
        String list = admin.text(By.id("instruments"));
        assertTrue(list.contains("Talk check " + code) && list.contains("Imported from FHIR")
                && list.contains("http://example.org/fhir/Questionnaire/" + code), list);
        admin.assertAccessible("instruments, after an import");
        admin.assertFitsTheScreen("instruments, after an import");
    }

    @Test
    void theTherapistExportsTheRecordAndSeesTheDisclosureListed() {
        Browser maya = phone.get();
        maya.logIn("maya@demo.test", RunAs.DEMO_PASSWORD);
        long couple = TestDatabase.number("SELECT id FROM couple WHERE case_number = 'RC-2026-0001'");
        maya.open("/therapist/couple.xhtml?id=" + couple);
        String recipient = "Harbour Clinic " + Long.toString(System.nanoTime(), 36);
        maya.type("recordExport:recipient", recipient);
        maya.type("recordExport:purpose", "the couple moves to another town");
        maya.driver().findElement(By.id("recordExport:exportRecord")).click();
        maya.waiting(Duration.ofSeconds(20)).until(d -> maya.text(By.id("disclosureList")).contains(recipient));
        try {
            maya.waiting(Duration.ofSeconds(5)).until(d -> "pageMessages".equals(maya.focusedId()));
        } catch (org.openqa.selenium.TimeoutException notFocused) {
            throw new AssertionError("the result should have the focus; it is on " + maya.focusedId() + ", messages: "
                    + maya.text(By.id("pageMessages")), notFocused);
        }
        assertTrue(maya.text(By.id("pageMessages")).contains("The record was exported and the disclosure recorded."));
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM disclosure WHERE recipient = ?", recipient));
        assertEquals("", maya.driver().findElement(By.id("recordExport:recipient")).getAttribute("value"),
                "the form is empty again: a second disclosure is a decision of its own");
        maya.assertAccessible("couple page, record exported");
        maya.assertFitsTheScreen("couple page, record exported");

        // without a recipient: the field says so and takes the focus, and nothing is recorded
        long before = TestDatabase.number("SELECT COUNT(*) FROM disclosure");
        maya.type("recordExport:purpose", "no recipient");
        submitAndWait(maya, "recordExport:exportRecord");
        assertTrue(maya.text(By.id("recordExport")).contains("Say to whom the record goes."), maya.text(By.id("recordExport")));
        assertEquals("recordExport:recipient", maya.focusedId());
        assertEquals(before, TestDatabase.number("SELECT COUNT(*) FROM disclosure"));
        assertTrue(maya.text(By.id("disclosureList")).contains(recipient), "the list still shows the disclosure made before");
    }
}
