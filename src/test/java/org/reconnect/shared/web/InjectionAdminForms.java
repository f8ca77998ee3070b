package org.reconnect.shared.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.InjectionCorpus;
import org.reconnect.testsupport.client.InjectionCorpus.Field;
import org.reconnect.testsupport.client.InjectionCoverage;
import org.reconnect.testsupport.client.InjectionCoverage.Outcome;
import org.reconnect.testsupport.client.PageSafety;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.shared.web.InjectionRun.ALL;
import static org.reconnect.shared.web.InjectionRun.DAY;
import static org.reconnect.shared.web.InjectionRun.leftFirst;

/**
 * The clinic admin's forms under the corpus: a questionnaire definition, a staff account (the
 * run's therapist), intake (the run's couple), the couple's assignment, status and partner
 * details, and the searches and filters of the lists.
 */
final class InjectionAdminForms {

    private final InjectionRun run;
    private final Browser b;
    private final PageSafety safety;
    private final InjectionCoverage coverage;

    InjectionAdminForms(InjectionRun run) {
        this.run = run;
        this.b = run.browser;
        this.safety = run.safety;
        this.coverage = run.coverage;
    }

    void instruments() throws SQLException {
        b.open("/admin/instruments.xhtml");
        safety.assertSafe("instruments");

        // the whole corpus as a code and as a field name: every problem named, as text, nothing stored
        String faulty = "{" + Json.string("code") + ": " + Json.string(ALL) + ", " + Json.string(ALL) + ": true}";
        safety.setText("upload:definition", faulty);
        b.driver().findElement(By.id("upload:store")).click();
        safety.assertMessage("faulty instrument", "Unknown field");
        safety.assertSafe("faulty instrument");
        safety.assertShownIn("faulty instrument", By.id("upload:definitionMessages"), "Unknown field \"" + ALL + "\"");
        coverage.submitted("admin instruments: upload", Map.of("definition (faulty)", faulty), Outcome.REFUSED);
        run.assertNothingStored("SELECT COUNT(*) FROM instrument WHERE code = ?", ALL);

        // a good one, with the corpus in every text it has (one line: a textarea would send CR LF)
        run.instrumentCode = "inj-" + run.tag;
        Map<String, String> texts = run.spread(List.of(new Field("title", 120), new Field("instructions", 2000),
                new Field("licence", 2000), new Field("item q1", 500), new Field("item q2", 500),
                new Field("option 0", 120), new Field("option 1", 120), new Field("subscale", 120),
                new Field("band low", 80), new Field("band high", 80)), InjectionCorpus.all());
        String definition = """
                {"code": %s, "version": 1, "title": %s, "instructions": %s, "licence": %s, "direction": "higher-is-better",
                 "scale": [{"value": 0, "label": %s}, {"value": 1, "label": %s}],
                 "items": [{"id": "q1", "text": %s}, {"id": "q2", "text": %s}],
                 "subscales": [{"id": "s", "title": %s, "items": ["q1", "q2"], "method": "sum"}],
                 "total": {"method": "sum"},
                 "bands": [{"from": 0, "to": 1, "label": %s, "severity": "mild"}, {"from": 2, "to": 2, "label": %s, "severity": "none"}],
                 "reliability": 0.8, "normativeSd": 1}""".replace("\n", " ").formatted(Json.string(run.instrumentCode),
                Json.string(texts.get("title")), Json.string(texts.get("instructions")), Json.string(texts.get("licence")),
                Json.string(texts.get("option 0")), Json.string(texts.get("option 1")), Json.string(texts.get("item q1")),
                Json.string(texts.get("item q2")), Json.string(texts.get("subscale")), Json.string(texts.get("band low")),
                Json.string(texts.get("band high")));
        safety.setText("upload:definition", definition);
        b.driver().findElement(By.id("upload:store")).click();
        safety.assertMessage("instrument stored", "Stored");
        safety.assertSafe("instrument stored");
        safety.assertShown("the message names the questionnaire", "Stored " + texts.get("title") + " version 1.");
        safety.assertShownIn("instrument list", By.id("instruments"), texts.get("title"));
        safety.assertShownIn("instrument list", By.id("instruments"), texts.get("licence"));
        coverage.submitted("admin instruments: upload", InjectionRun.prefixed("definition ", texts), Outcome.STORED);
        run.storedCheck("SELECT title FROM instrument WHERE code = ?", run.instrumentCode, texts.get("title"));
        run.storedCheck("SELECT definition FROM instrument WHERE code = ?", run.instrumentCode, definition);
        run.instrumentTexts.putAll(texts);
    }

    void staff() throws SQLException {
        b.open("/admin/staff.xhtml");
        b.clickAndWait("staffForm:add");
        b.waitFor(By.id("staffForm:displayName"));

        Map<String, String> refused = Map.of("staffForm:displayName", ALL, "staffForm:email", ALL, "staffForm:credentials", ALL);
        run.fill(refused);
        b.clickAndWait("staffForm:save");
        refused.keySet().forEach(run::assertFieldMessage);
        run.refused("admin staff: staffForm", "staff form refused", refused, refused);
        run.assertNothingStored("SELECT COUNT(*) FROM user_account WHERE display_name = ?", ALL);

        List<Field> fields = List.of(new Field("staffForm:displayName", 120), new Field("staffForm:credentials", 200));
        Map<String, String> first = run.spread(fields, InjectionCorpus.all());
        run.fill(first);
        safety.setText("staffForm:email", run.therapistEmail);
        b.clickAndWait("staffForm:save");
        safety.assertMessage("staff created", "The account is created");
        safety.assertSafe("staff created");
        coverage.submitted("admin staff: staffForm", first, Outcome.STORED);

        // the rest of the corpus in a change of the same account, found by a search made of its name
        String search = InjectionRun.beforeWildcards(first.get("staffForm:displayName"));
        safety.setText("staffForm:search", search);
        b.clickAndWait("staffForm:apply");
        safety.assertSafe("staff search");
        safety.assertShownIn("staff found by its name", By.id("staffForm:people"), first.get("staffForm:displayName"));
        coverage.submitted("admin staff: staffForm", Map.of("staffForm:search", search), Outcome.USED);
        WebElement row = b.driver().findElements(By.cssSelector("[id='staffForm:people_data'] tr")).stream()
                .filter(r -> r.getText().contains(run.therapistEmail)).findFirst()
                .orElseThrow(() -> new AssertionError("the new therapist is not listed"));
        row.findElement(By.cssSelector("[id$=':edit']")).click();
        b.waitFor(By.xpath("//input[@id='staffForm:displayName' and @value]"));
        run.redisplayed(first);
        Map<String, String> second = run.spread(fields, leftFirst(first));
        run.fill(second);
        b.clickAndWait("staffForm:save");
        safety.assertMessage("staff changed", "The changes are saved");
        safety.assertSafe("staff changed");
        coverage.submitted("admin staff: staffForm", second, Outcome.STORED);

        safety.setText("staffForm:search", ALL);
        b.clickAndWait("staffForm:apply");
        safety.assertSafe("staff searched with the whole corpus");
        coverage.submitted("admin staff: staffForm", Map.of("staffForm:search", ALL), Outcome.USED);

        run.therapistName = second.get("staffForm:displayName");
        run.therapistCredentials = second.get("staffForm:credentials");
        run.storedCheck("SELECT display_name FROM user_account WHERE email = ?", run.therapistEmail, run.therapistName);
        run.storedCheck("SELECT t.credentials FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = ?",
                run.therapistEmail, run.therapistCredentials);
        run.therapistId = Long.parseLong(InjectionRun.single(
                "SELECT t.id FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = ?", run.therapistEmail));
    }

    void intake() throws SQLException {
        b.open("/admin/intake.xhtml");
        Map<String, String> texts = intakeForm(run, "admin intake: intake", run.partnerEmail,
                "inj-partner2-" + run.tag + "@browser.test");
        run.caseNumber = opened(b);
        safety.assertSafe("intake done");
        run.coupleId = Long.parseLong(InjectionRun.single("SELECT id FROM couple WHERE case_number = ?", run.caseNumber));
        for (int n = 1; n <= 2; n++) {
            Map<String, String> partner = n == 1 ? run.partner1 : run.partner2;
            for (String part : List.of("fullName", "preferredName", "pronouns", "consentFormVersion")) {
                partner.put(part, texts.get("intake:partner" + n + "_" + part));
            }
        }
        run.storedCheck("SELECT referral_source FROM couple WHERE id = ?", run.coupleId, texts.get("intake:referralSource"));
        run.storedCheck("SELECT reason FROM couple WHERE id = ?", run.coupleId, texts.get("intake:reason"));
        storedPartner(1, run.partner1);
        run.storedCheck("SELECT display_name FROM user_account WHERE email = ?", run.partnerEmail, run.partner1.get("fullName"));

        b.driver().findElement(By.id("intake:viewCase")).click();
        assertTrue(b.waitForPath("/admin/couple.xhtml"));
        b.waitFor(By.id("caseHeading"));
        safety.assertSafe("admin couple page");
        texts.forEach((field, value) -> safety.assertShown("admin couple page, " + field, value));
        b.assertAccessible("a couple page full of payloads");
    }

    /**
     * Fills the intake form (admin's or therapist's, the same include) with a spread of the corpus:
     * first with the whole corpus in the email, phone and date fields too (each refused with its
     * message, nothing opened), then with good ones.
     *
     * @return the text fields as submitted, now stored
     */
    static Map<String, String> intakeForm(InjectionRun run, String form, String email1, String email2) throws SQLException {
        Browser b = run.browser;
        b.choose("intake:secretsPolicy", "No secrets: what one partner tells the therapist alone may be shared");
        List<Field> fields = new ArrayList<>(List.of(new Field("intake:referralSource", 120), new Field("intake:reason", 500)));
        Map<String, String> ruled = new LinkedHashMap<>();
        for (int n = 1; n <= 2; n++) {
            fields.addAll(List.of(new Field("intake:partner" + n + "_fullName", 120),
                    new Field("intake:partner" + n + "_preferredName", 60), new Field("intake:partner" + n + "_pronouns", 40),
                    new Field("intake:partner" + n + "_consentFormVersion", 40)));
            ruled.put("intake:partner" + n + "_email", ALL);
            ruled.put("intake:partner" + n + "_phone", ALL);
            ruled.put("intake:partner" + n + "_consentOn_input", ALL);
            b.driver().findElement(By.cssSelector("[id='intake:partner" + n + "_consentGiven'] .ui-chkbox-box")).click();
            b.driver().findElement(By.cssSelector("[id='intake:partner" + n + "_secretsAcknowledged'] .ui-chkbox-box")).click();
        }
        Map<String, String> texts = run.spread(fields, InjectionCorpus.all());
        run.fill(texts);
        run.fill(ruled);
        b.clickAndWait("intake:submit");
        ruled.keySet().forEach(run::assertFieldMessage);
        run.safety.assertSafe(form + " refused");
        assertFalse(b.isPresent(By.id("intakeResult")), "nothing opened");
        run.redisplayed(texts);
        run.redisplayed(ruled);
        run.coverage.submitted(form, InjectionRun.joined(texts, ruled), Outcome.REFUSED);
        run.assertNothingStored("SELECT COUNT(*) FROM couple WHERE referral_source = ?", texts.get("intake:referralSource"));

        for (int n = 1; n <= 2; n++) {
            run.safety.setText("intake:partner" + n + "_email", n == 1 ? email1 : email2);
            run.safety.setText("intake:partner" + n + "_phone", "+1 555 010" + n);
            run.safety.setText("intake:partner" + n + "_consentOn_input", LocalDate.now().minusDays(1).format(DAY));
        }
        b.clickAndWait("intake:submit");
        run.coverage.submitted(form, texts, Outcome.STORED);
        return texts;
    }

    /** The case number that intake announces. */
    static String opened(Browser b) {
        String opened = b.waitFor(By.id("resultHeading")).getText();
        assertTrue(opened.matches("Case RC-\\d{4}-\\d{4,6} is open\\."), opened);
        return opened.substring(5, opened.indexOf(" is open"));
    }

    private void storedPartner(int position, Map<String, String> partner) {
        String where = " FROM partner WHERE couple_id = ? AND position = " + position;
        run.storedCheck("SELECT full_name" + where, run.coupleId, partner.get("fullName"));
        run.storedCheck("SELECT preferred_name" + where, run.coupleId, partner.get("preferredName"));
        run.storedCheck("SELECT pronouns" + where, run.coupleId, partner.get("pronouns"));
        run.storedCheck("SELECT consent_form_version" + where, run.coupleId, partner.get("consentFormVersion"));
    }

    void couplePage() {
        new Select(b.driver().findElement(By.id("assignForm:therapist"))).selectByValue(String.valueOf(run.therapistId));
        safety.setText("assignForm:reason", ALL);
        b.clickAndWait("assignForm:assign");
        safety.assertMessage("assignment refused", "Give a short reason");
        run.refused("admin couple: assignForm", "assignment refused", Map.of("assignForm:reason", ALL), Map.of("assignForm:reason", ALL));
        Map<String, String> assign = run.spread(List.of(new Field("assignForm:reason", 500)), InjectionCorpus.all());
        run.fill(assign);
        b.clickAndWait("assignForm:assign");
        safety.assertMessage("assigned", "The therapist is assigned.");
        safety.assertSafe("assigned");
        safety.assertShownIn("therapist of the couple", By.id("therapistName"), run.therapistName);
        safety.assertShownIn("assignment history", By.id("assignments"), assign.get("assignForm:reason"));
        coverage.submitted("admin couple: assignForm", assign, Outcome.STORED);
        run.storedCheck("SELECT reason FROM therapist_assignment WHERE couple_id = ?", run.coupleId,
                assign.get("assignForm:reason"));

        run.changeStatus("admin couple: statusForm", "Active");

        // partner 2's details again: the form shows what is stored, then takes the corpus once more
        b.driver().findElement(By.cssSelector("[id$=':1:editPartner']")).click();
        b.waitFor(By.id("partnerEditForm:fullName"));
        run.redisplayed(InjectionRun.prefixed("partnerEditForm:", run.partner2));
        List<Field> fields = List.of(new Field("partnerEditForm:fullName", 120), new Field("partnerEditForm:preferredName", 60),
                new Field("partnerEditForm:pronouns", 40), new Field("partnerEditForm:consentFormVersion", 40));
        Map<String, String> edit = run.spread(fields, InjectionCorpus.all());
        run.fill(edit);
        safety.setText("partnerEditForm:phone", ALL);
        b.clickAndWait("partnerEditForm:savePartner");
        run.assertFieldMessage("partnerEditForm:phone");
        safety.assertSafe("partner edit refused");
        run.redisplayed(edit);
        coverage.submitted("admin couple: partnerEditForm", InjectionRun.joined(edit, Map.of("partnerEditForm:phone", ALL)),
                Outcome.REFUSED);
        Map<String, String> rest = run.spread(fields, leftFirst(edit));
        run.fill(rest);
        safety.setText("partnerEditForm:phone", "+44 20 7946 0000");
        b.clickAndWait("partnerEditForm:savePartner");
        safety.assertMessage("partner saved", "The partner's details are saved.");
        safety.assertSafe("partner saved");
        rest.values().forEach(v -> safety.assertShown("partner 2 changed", v));
        coverage.submitted("admin couple: partnerEditForm", rest, Outcome.STORED);
        for (String part : List.of("fullName", "preferredName", "pronouns", "consentFormVersion")) {
            run.partner2.put(part, rest.get("partnerEditForm:" + part));
        }
        storedPartner(2, run.partner2);
        run.hostileAddresses("/admin/couple.xhtml?id=");
    }

    void listsAndReports() {
        b.open("/admin/couples.xhtml");
        for (String search : List.of(ALL, InjectionRun.beforeWildcards(run.partner1.get("fullName")))) {
            safety.setText("couples:search", search);
            b.clickAndWait("couples:apply");
            safety.assertSafe("couples searched");
            coverage.submitted("admin couples: couples", Map.of("couples:search", search), Outcome.USED);
        }
        safety.assertShownIn("couple found by a name full of payloads", By.id("couples:table"), run.caseNumber);
        safety.assertShownIn("couple found by a name full of payloads", By.id("couples:table"), run.partner1.get("fullName"));
        safety.assertShownIn("couple found by a name full of payloads", By.id("couples:table"), run.therapistName);

        b.open("/admin/audit.xhtml");
        Map<String, String> filters = Map.of("audit:actor", ALL, "audit:couple", ALL, "audit:address", ALL,
                "audit:from_input", ALL);
        run.fill(filters);
        b.clickAndWait("audit:apply");
        safety.assertSafe("audit filtered with the corpus");
        coverage.submitted("admin audit: audit", filters, Outcome.USED);

        // the therapist's name in the caseload report, its chart's data and its exports
        b.open("/admin/reports.xhtml");
        safety.assertSafe("reports");
        safety.assertShown("caseload report", run.therapistName);
        String csv = run.download("reports", "reports:exportCsv");
        assertTrue(csv.startsWith("200|text/csv") && csv.contains(run.therapistName.replace("\"", "\"\"")), csv);
        String xlsx = run.download("reports", "reports:exportXlsx");
        assertTrue(xlsx.startsWith("200|") && xlsx.split("\\|", 3)[2].startsWith("PK"), "an xlsx file (a zip): "
                + xlsx.substring(0, Math.min(xlsx.length(), 500)));
        safety.assertSafe("reports after the exports");
    }
}
