package org.reconnect.shared.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.InjectionCorpus.Field;
import org.reconnect.testsupport.client.InjectionCoverage;
import org.reconnect.testsupport.client.InjectionCoverage.Outcome;
import org.reconnect.testsupport.client.PageSafety;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.shared.web.InjectionRun.ALL;
import static org.reconnect.shared.web.InjectionRun.MARKUP_MESSAGE;
import static org.reconnect.shared.web.InjectionRun.MINUTE;
import static org.reconnect.shared.web.InjectionRun.PLAIN;
import static org.reconnect.shared.web.InjectionRun.leftFirst;
import static org.reconnect.shared.web.InjectionRun.markupFirst;

/**
 * Sessions and notes under the corpus: the booking form (a start that is no date, a location
 * with tags, then two sessions, one earlier today and one ahead), the SOAP note of the earlier
 * one (drafted, a wrong password, signed), an addendum, and the PDF of it all.
 */
final class InjectionSessionForms {

    private final InjectionRun run;
    private final Browser b;
    private final PageSafety safety;
    private final InjectionCoverage coverage;

    InjectionSessionForms(InjectionRun run) {
        this.run = run;
        this.b = run.browser;
        this.safety = run.safety;
        this.coverage = run.coverage;
    }

    void calendarAndNote() throws SQLException {
        ZoneId zone = ZoneId.of(InjectionRun.single("SELECT value FROM clinic_setting WHERE name = 'clinic.timeZone'"));
        b.open("/therapist/calendar.xhtml");
        b.waitFor(By.cssSelector("#calendar .fc"));
        safety.assertSafe("calendar");
        new Select(b.driver().findElement(By.id("booking:who"))).selectByValue(String.valueOf(run.coupleId));
        LocalDateTime start = LocalDateTime.now(zone).truncatedTo(ChronoUnit.HOURS).minusHours(2);
        // the location takes 200 characters (maxlength): every tag of the corpus first, the rest over two sessions
        List<Field> location = List.of(new Field("booking:location", 200));
        Map<String, String> refused = new LinkedHashMap<>(run.spread(location, markupFirst()));
        refused.put("booking:startsAt_input", ALL);
        run.fill(refused);
        safety.setText("booking:endsAt_input", MINUTE.format(start.plusMinutes(50)));
        b.clickAndWait("booking:book");
        run.assertFieldMessage("booking:startsAt_input");
        safety.assertSafe("booking refused: a start that is no date");
        run.redisplayed(refused);
        safety.setText("booking:startsAt_input", MINUTE.format(start));
        b.clickAndWait("booking:book");
        safety.assertMessage("booking refused: the location", MARKUP_MESSAGE);
        safety.assertSafe("booking refused: the location");
        coverage.submitted("therapist calendar: booking", refused, Outcome.REFUSED);

        Map<String, String> past = run.spread(location, leftFirst(refused, PLAIN));
        run.fill(past);
        b.clickAndWait("booking:book");
        safety.assertMessage("booked", "The session is booked.");
        safety.assertSafe("booked, the schedule shows the couple's names");
        coverage.submitted("therapist calendar: booking", past, Outcome.STORED);
        run.storedCheck("SELECT location FROM appointment WHERE couple_id = ? AND starts_at < UTC_TIMESTAMP()", run.coupleId,
                past.get("booking:location"));

        // one ahead, which the partners see on their home page
        new Select(b.driver().findElement(By.id("booking:who"))).selectByValue(String.valueOf(run.coupleId));
        LocalDateTime ahead = start.plusDays(2);
        safety.setText("booking:startsAt_input", MINUTE.format(ahead));
        safety.setText("booking:endsAt_input", MINUTE.format(ahead.plusMinutes(50)));
        Map<String, String> future = run.spread(location, leftFirst(InjectionRun.joined(refused, Map.of("past",
                past.get("booking:location"))), PLAIN));
        run.fill(future);
        b.clickAndWait("booking:book");
        safety.assertMessage("booked ahead", "The session is booked.");
        safety.assertSafe("booked ahead");
        coverage.submitted("therapist calendar: booking", future, Outcome.STORED);
        run.futureLocation = future.get("booking:location");
        run.storedCheck("SELECT location FROM appointment WHERE couple_id = ? AND starts_at > UTC_TIMESTAMP()", run.coupleId,
                run.futureLocation);

        // the session of earlier today, from the week's table: attended, then its note
        if (rowOf(start).isEmpty()) {
            b.clickAndWait("weekList:previousWeek");
        }
        rowOf(start).orElseThrow(() -> new AssertionError(b.text(By.id("weekList")))).findElement(By.tagName("button")).click();
        b.waitFor(By.id("selected:attended"));
        safety.assertShownIn("the selected session", By.id("selectedWhen"), past.get("booking:location"));
        b.clickAndWait("selected:attended");
        b.waitFor(By.id("selected:noteLink")).click();
        assertTrue(b.waitForPath("/therapist/note.xhtml"));
        new Select(b.driver().findElement(By.id("start:template"))).selectByValue("SOAP");
        b.driver().findElement(By.id("start:startNote")).click();
        b.waitFor(By.id("note:section1"));
        safety.assertSafe("a new note");
        long noteId = note();
        addendum(noteId);
        pdf();
        run.hostileAddresses("/therapist/note.xhtml?id=", "/therapist/note.xhtml?appointment=");
    }

    private Optional<WebElement> rowOf(LocalDateTime start) {
        return b.driver().findElements(By.cssSelector("#weekList\\:appointments tbody tr")).stream()
                .filter(r -> Browser.showsMoment(r.getText(), start)).findFirst();
    }

    /** Every field of a SOAP note: the whole corpus (tags refused), a spread (saved), a wrong password, signed. */
    private long note() throws SQLException {
        List<Field> fields = new ArrayList<>();
        for (String id : List.of("section1", "section2", "section3", "section4", "interventions", "riskText", "nextHomework")) {
            fields.add(new Field("note:" + id, 10_000));
        }
        Map<String, String> refused = new LinkedHashMap<>();
        fields.forEach(f -> refused.put(f.id(), ALL));
        run.fill(refused);
        b.clickAndWait("note:saveDraft");
        safety.assertMessage("draft refused", MARKUP_MESSAGE);
        fields.forEach(f -> run.assertFieldMessage(f.id()));
        run.refused("therapist note: note", "draft refused", refused, refused);

        Map<String, String> draft = run.spread(fields, PLAIN);
        run.fill(draft);
        b.clickAndWait("note:saveDraft");
        assertTrue(b.text(By.id("note:saveStatus")).startsWith("Draft saved at"), b.text(By.id("note:saveStatus")));
        safety.assertSafe("draft saved");

        safety.setText("note:password", ALL);
        b.driver().findElement(By.id("note:signNote")).click();
        safety.assertMessage("not signed", "That is not your password.");
        safety.assertSafe("not signed");
        run.redisplayed(draft);
        coverage.submitted("therapist note: note", Map.of("note:password", ALL), Outcome.USED);
        safety.setText("note:password", run.therapistPassword);
        b.driver().findElement(By.id("note:signNote")).click();
        assertEquals("The content matches its signature.", b.waitFor(By.id("hashCheck")).getText());
        safety.assertSafe("signed note");
        draft.values().forEach(v -> safety.assertShown("signed note", v));
        coverage.submitted("therapist note: note", draft, Outcome.STORED);
        coverage.submitted("therapist note: note", Map.of("note:password", run.therapistPassword), Outcome.USED);

        long noteId = Long.parseLong(InjectionRun.single("SELECT n.id FROM session_note n JOIN appointment a"
                + " ON a.id = n.appointment_id WHERE a.couple_id = ?", run.coupleId));
        Map<String, String> columns = Map.of("note:section1", "section_1", "note:section2", "section_2",
                "note:section3", "section_3", "note:section4", "section_4", "note:interventions", "interventions",
                "note:riskText", "risk_text", "note:nextHomework", "next_homework");
        columns.forEach((field, column) -> run.storedCheck("SELECT " + column + " FROM session_note WHERE id = ?",
                noteId, draft.get(field)));
        return noteId;
    }

    private void addendum(long noteId) {
        Map<String, String> refused = Map.of("addendum:text", ALL, "addendum:password", run.therapistPassword);
        run.fill(refused);
        b.driver().findElement(By.id("addendum:addAddendum")).click();
        safety.assertMessage("addendum refused", MARKUP_MESSAGE);
        safety.assertSafe("addendum refused");
        coverage.submitted("therapist note: addendum", Map.of("addendum:text", ALL), Outcome.REFUSED);

        Map<String, String> text = run.spread(List.of(new Field("addendum:text", 10_000)), PLAIN);
        run.fill(text);
        safety.setText("addendum:password", ALL);
        b.driver().findElement(By.id("addendum:addAddendum")).click();
        safety.assertMessage("addendum not signed", "That is not your password.");
        safety.assertSafe("addendum not signed");
        coverage.submitted("therapist note: addendum", Map.of("addendum:password", ALL), Outcome.USED);
        run.fill(text);
        safety.setText("addendum:password", run.therapistPassword);
        b.driver().findElement(By.id("addendum:addAddendum")).click();
        b.waitFor(By.xpath("//ol[@id='addenda']/li"));
        safety.assertSafe("addendum added");
        safety.assertShownIn("addenda", By.id("addenda"), text.get("addendum:text"));
        coverage.submitted("therapist note: addendum", text, Outcome.STORED);
        run.storedCheck("SELECT text FROM note_addendum WHERE note_id = ?", noteId, text.get("addendum:text"));
    }

    /** The PDF of the note, RTL and emoji included: a PDF, not an error page. */
    private void pdf() {
        String pdf = run.download("signedActions", "signedActions:downloadPdf");
        assertTrue(pdf.startsWith("200|application/pdf|%PDF-"), pdf.substring(0, Math.min(pdf.length(), 500)));
        safety.assertSafe("after the PDF");
    }
}
