package org.reconnect.notes.web;

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

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session note in the browser on the demo clinic: Maya books a joint session for Alex and Sam,
 * marks it attended, writes a SOAP note, signs it with her password (a wrong one first), tries
 * to edit it (refused), adds an addendum and downloads the PDF. Every page is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionNoteBrowserIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @RegisterExtension
    static final BrowserSession desk = new BrowserSession(1280, 900);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(SessionNoteBrowserIT.class);
    }

    private static Browser maya() {
        return desk.get();
    }

    @Test
    void bookAttendWriteSignCorrectAndExport() {
        maya().logIn("maya@demo.test", PASSWORD);
        maya().driver().findElement(By.id("navCalendar")).click();
        assertTrue(maya().waitForPath("/therapist/calendar.xhtml"));
        maya().waitFor(By.cssSelector("#calendar .fc"));
        maya().assertAccessible("calendar");

        // earlier today (so that it can be marked attended), joint, for Alex and Sam
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusHours(3);
        maya().chooseStartingWith("booking:who", "RC-2026-0001 Alex & Sam");
        maya().setValue("booking:startsAt_input", INPUT.format(start));
        maya().setValue("booking:endsAt_input", INPUT.format(start.minusMinutes(10)));
        maya().clickAndWait("booking:book");
        assertTrue(maya().text(By.id("booking")).contains("The end must be after the start."), maya().text(By.id("booking")));
        maya().setValue("booking:endsAt_input", INPUT.format(start.plusMinutes(50)));
        maya().clickAndWait("booking:book");
        assertTrue(maya().text(By.tagName("main")).contains("The session is booked."), maya().text(By.tagName("main")));

        // the week's table is the keyboard's way to the session
        if (!rowOf(start).isPresent()) {
            maya().clickAndWait("weekList:previousWeek");
        }
        rowOf(start).orElseThrow(() -> new AssertionError(maya().text(By.id("weekList")))).findElement(By.tagName("button")).click();
        maya().waitFor(By.id("selected:attended"));
        maya().clickAndWait("selected:attended");
        assertTrue(maya().waitFor(By.id("selectedStatus")).getText().contains("Attended"));
        maya().waitFor(By.id("selected:noteLink")).click();
        assertTrue(maya().waitForPath("/therapist/note.xhtml"));
        maya().assertAccessible("start a note");

        maya().choose("start:template", "SOAP (subjective, objective, assessment, plan)");
        maya().driver().findElement(By.id("start:startNote")).click();
        maya().waitFor(By.id("note:section1"));
        maya().type("note:section1", "Both arrived together and described a good date.");
        maya().type("note:section2", "Relaxed, laughing twice.");
        maya().type("note:section3", "The weekly date is becoming a habit.");
        maya().type("note:section4", "Keep the daily talk; review in two weeks.");
        maya().driver().findElement(By.xpath("//label[normalize-space(text())='5']")).click();
        maya().type("note:nextHomework", "Emotional date, daily talk.");
        maya().clickAndWait("note:saveDraft");
        assertTrue(maya().text(By.id("note:saveStatus")).startsWith("Draft saved at"), maya().text(By.id("note:saveStatus")));
        maya().assertAccessible("draft note");

        maya().type("note:password", "not-my-password");
        maya().driver().findElement(By.id("note:signNote")).click();
        maya().waitFor(By.xpath("//*[contains(@class, 'ui-message') and contains(., 'That is not your password.')]"));
        maya().type("note:password", PASSWORD);
        maya().driver().findElement(By.id("note:signNote")).click();
        WebElement hashCheck = maya().waitFor(By.id("hashCheck"));
        assertEquals("The content matches its signature.", hashCheck.getText());
        String hash = maya().text(By.id("contentHash"));
        assertEquals(64, hash.length());
        assertTrue(maya().text(By.tagName("main")).contains("Both arrived together and described a good date."));
        maya().screenshot("therapist-signed-note-1280");
        maya().assertAccessible("signed note");

        maya().clickAndWait("signedActions:editSigned");
        assertTrue(maya().text(By.tagName("main")).contains("This note is signed and can no longer change."),
                maya().text(By.tagName("main")));
        assertFalse(maya().isPresent(By.id("note:section1")), "no editor for a signed note");

        maya().type("addendum:text", "Correction: the session began ten minutes late.");
        maya().type("addendum:password", PASSWORD);
        maya().driver().findElement(By.id("addendum:addAddendum")).click();
        WebElement addenda = maya().waitFor(By.xpath("//ol[@id='addenda']/li"));
        assertTrue(addenda.getText().contains("Correction: the session began ten minutes late."), addenda.getText());
        assertEquals(hash, maya().text(By.id("contentHash")), "the note itself did not change");

        // the download, fetched by the page itself so the test can read it
        String download = (String) maya().script("""
                const form = document.getElementById('signedActions');
                const data = new URLSearchParams(new FormData(form));
                data.append('signedActions:downloadPdf', '');
                return fetch(form.action, {method: 'POST', body: data}).then(r => r.arrayBuffer().then(b => {
                    let bytes = '';
                    new Uint8Array(b).forEach(x => bytes += String.fromCharCode(x));
                    return r.headers.get('content-type') + '|' + (r.headers.get('content-disposition') || '') + '|' + btoa(bytes);
                }));""");
        String[] parts = download.split("\\|");
        assertTrue(parts[0].startsWith("application/pdf"), download.substring(0, Math.min(200, download.length())));
        assertTrue(parts[1].contains("note-RC-2026-0001"), parts[1]);
        byte[] pdf = java.util.Base64.getDecoder().decode(parts[2]);
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
        // the PDF holds what the signed note's page shows: its sections, homework, addendum and hash
        String page = maya().text(By.tagName("main"));
        String printed = org.reconnect.testsupport.container.PdfText.joined(pdf);
        for (String shown : List.of("RC-2026-0001", "Both arrived together and described a good date.", "Relaxed, laughing twice.",
                "The weekly date is becoming a habit.", "Keep the daily talk; review in two weeks.", "Emotional date, daily talk.",
                "Correction: the session began ten minutes late.", hash)) {
            assertTrue(page.contains(shown), "the page shows " + shown);
            assertTrue(printed.contains(shown), "the PDF holds " + shown + ": " + printed);
        }
    }

    private java.util.Optional<WebElement> rowOf(LocalDateTime start) {
        return maya().driver().findElements(By.cssSelector("#weekList\\:appointments tbody tr")).stream()
                .filter(r -> Browser.showsMoment(r.getText(), start)).findFirst();
    }
}
