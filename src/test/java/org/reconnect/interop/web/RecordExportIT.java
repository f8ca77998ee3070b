package org.reconnect.interop.web;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.dev.EmbeddedMariaDb;
import org.reconnect.interop.control.Fhir;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.fhir.R4Validator;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A couple's record leaves the clinic as a FHIR R4 Bundle, from the couple's page as the clinic
 * uses it: Maya exports Alex and Sam's record and each partner's own (the demo clinic's first
 * couple: joint and individual sessions, signed notes, questionnaires, the program, homework, a
 * joint conversation and Alex's own). Every file validates against base R4 with zero errors;
 * partner-private entries stay out of the couple's export and out of the other partner's; an
 * admin's export holds no clinical text; each export is a disclosure the admin can list, with
 * the SHA-256 of the very file; and an export without a recipient, or by a therapist who does not
 * treat the couple, hands out nothing and records nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordExportIT {

    private static final String CASE = "RC-2026-0001";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(RecordExportIT.class);
    }

    private static long couple() {
        return TestDatabase.number("SELECT id FROM couple WHERE case_number = ?", CASE);
    }

    private static long partner(String email) {
        return TestDatabase.number("SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = ?", email);
    }

    private static long disclosures() {
        return TestDatabase.number("SELECT COUNT(*) FROM disclosure WHERE couple_id = ?", couple());
    }

    private static HttpResponse<byte[]> export(WebClient client, String page, String whose, String recipient, String purpose)
            throws Exception {
        String path = page + "?id=" + couple();
        return client.postFormBytes(path, client.get(path), Map.of(
                "recordExport", "recordExport",
                "recordExport:whose", whose,
                "recordExport:recipient", recipient,
                "recordExport:purpose", purpose,
                "recordExport:exportRecord", ""));
    }

    private static Bundle bundle(HttpResponse<byte[]> file) {
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("record-" + CASE),
                file.headers().map().toString());
        Bundle bundle = Fhir.CONTEXT.newJsonParser().parseResource(Bundle.class, new String(file.body(), StandardCharsets.UTF_8));
        assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
        R4Validator.assertValid(bundle);
        return bundle;
    }

    private static Set<String> types(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().fhirType()).collect(Collectors.toSet());
    }

    private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }

    /** The fullUrl of a partner's Patient entry, found by the partner id it carries. */
    private static String patient(Bundle bundle, long partnerId) {
        return bundle.getEntry().stream().filter(e -> e.getResource() instanceof Patient p
                        && p.getIdentifierFirstRep().getValue().equals(Long.toString(partnerId)))
                .map(Bundle.BundleEntryComponent::getFullUrl).findFirst().orElseThrow();
    }

    @Test
    void theTherapistExportsTheCouplesRecordAndEachPartnersOwnWithoutTheOthersPrivateEntries() throws Exception {
        WebClient maya = new WebClient();
        maya.logIn("maya@demo.test", RunAs.DEMO_PASSWORD);
        long alex = partner("alex@demo.test");
        long sam = partner("sam@demo.test");
        long before = disclosures();

        String riverside = "Riverside Counselling " + Long.toString(System.nanoTime(), 36);
        HttpResponse<byte[]> file = export(maya, "/therapist/couple.xhtml", "couple", riverside, "the couple moves");
        Bundle couple = bundle(file);
        assertTrue(types(couple).containsAll(Set.of("Patient", "Group", "Practitioner", "Encounter", "DocumentReference",
                "QuestionnaireResponse", "Observation", "CarePlan", "Communication")), types(couple).toString());
        assertEquals(2, all(couple, Patient.class).size());
        // nothing tied to one partner alone: no individual session, no partner's own conversation
        assertTrue(all(couple, Encounter.class).stream().allMatch(e -> e.getSubject().getReference().equals(
                couple.getEntry().stream().filter(x -> x.getResource().fhirType().equals("Group")).findFirst().orElseThrow().getFullUrl())));
        assertTrue(all(couple, Communication.class).stream().noneMatch(c -> c.getSubject().getReference().startsWith("urn:uuid:")
                && (c.getSubject().getReference().equals(patient(couple, alex)) || c.getSubject().getReference().equals(patient(couple, sam)))));

        Bundle alexOwn = bundle(export(maya, "/therapist/couple.xhtml", Long.toString(alex), "Alex Rivera", "right of access"));
        assertTrue(all(alexOwn, Communication.class).stream().anyMatch(c -> c.getSubject().getReference().equals(patient(alexOwn, alex))),
                "Alex's own conversation is in Alex's record");
        assertTrue(all(alexOwn, Encounter.class).stream().noneMatch(e -> e.getSubject().getReference().equals(patient(alexOwn, sam))),
                "Sam's individual session is not");

        Bundle samOwn = bundle(export(maya, "/therapist/couple.xhtml", Long.toString(sam), "Sam", "right of access"));
        assertTrue(all(samOwn, Encounter.class).stream().anyMatch(e -> e.getSubject().getReference().equals(patient(samOwn, sam))),
                "Sam's individual session is in Sam's record");
        assertTrue(all(samOwn, Communication.class).stream().noneMatch(c -> c.getSubject().getReference().equals(patient(samOwn, alex))),
                "Alex's own conversation is not");

        assertEquals(before + 3, disclosures());
        String hash = TestDatabase.text("SELECT file_hash FROM disclosure WHERE couple_id = ? AND recipient = ?", couple(),
                riverside);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())), hash,
                "the accounting keeps the SHA-256 of the very file handed out");
        assertTrue(TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'RECORD_DISCLOSED' AND couple_id = ?",
                couple()) >= 3);
    }

    @Test
    void anAdminExportsWithoutClinicalTextAndListsEveryDisclosure() throws Exception {
        WebClient admin = new WebClient();
        admin.logIn("admin@demo.test", RunAs.DEMO_PASSWORD);
        Bundle bundle = bundle(export(admin, "/admin/couple.xhtml", "couple", "Records officer <b>Lee</b>", "subpoena 2026/77"));
        Set<String> types = types(bundle);
        assertTrue(types.containsAll(Set.of("Patient", "Group", "Practitioner", "Encounter", "CarePlan")), types.toString());
        for (String clinical : List.of("DocumentReference", "QuestionnaireResponse", "Observation", "Communication")) {
            assertFalse(types.contains(clinical), clinical + " in an admin's export");
        }
        String page = admin.get("/admin/couple.xhtml?id=" + couple()).body();
        assertTrue(page.contains("Records officer &lt;b&gt;Lee&lt;/b&gt;"), "the disclosure is listed, escaped");
        assertTrue(page.contains("subpoena 2026/77"));
    }

    @Test
    void noRecipientOrAnotherTherapistHandsOutNothingAndRecordsNothing() throws Exception {
        long before = disclosures();
        WebClient maya = new WebClient();
        maya.logIn("maya@demo.test", RunAs.DEMO_PASSWORD);
        HttpResponse<byte[]> refused = export(maya, "/therapist/couple.xhtml", "couple", "  ", "a move");
        String page = new String(refused.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("Say to whom the record goes."), "the page says what is missing");
        assertFalse(page.contains("\"resourceType\""));

        // Omar does not treat them: the page is the one of a couple that does not exist, without the form
        WebClient omar = new WebClient();
        omar.logIn("omar@demo.test", RunAs.DEMO_PASSWORD);
        String other = omar.get("/therapist/couple.xhtml?id=" + couple()).body();
        assertFalse(other.contains("recordExport"), "no export form for Omar");
        assertFalse(other.contains("Riverside Counselling"), "nor the list of disclosures");
        assertFalse(other.contains("disclosureList"), "the page of a couple that does not exist");
        assertEquals(before, disclosures());
    }

    @Test
    void theDatabaseKeepsEveryDisclosureAsItWas() throws Exception {
        TestDatabase.update("""
                INSERT INTO disclosure (couple_id, partner_id, disclosed_at, disclosed_by, recipient, purpose, content, file_hash)
                VALUES (?, NULL, CURRENT_TIMESTAMP(6), 'it@it.test', 'Kept as it was', 'a test', 'nothing', REPEAT('0', 64))""",
                couple());
        // the application's database user may only add and read
        IllegalStateException change = assertThrows(IllegalStateException.class,
                () -> TestDatabase.update("UPDATE disclosure SET recipient = 'someone else' WHERE recipient = 'Kept as it was'"));
        assertTrue(change.getCause().getMessage().contains("UPDATE command denied"), change.getCause().getMessage());
        // and the schema's owner is stopped by the triggers
        try (Connection owner = DriverManager.getConnection(TestDatabase.url(), EmbeddedMariaDb.OWNER_USER,
                EmbeddedMariaDb.OWNER_PASSWORD); Statement statement = owner.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE disclosure SET recipient = 'someone else' WHERE recipient = 'Kept as it was'"));
            assertTrue(update.getMessage().contains("a disclosure is never changed"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM disclosure WHERE recipient = 'Kept as it was'"));
            assertTrue(delete.getMessage().contains("a disclosure is never removed"), delete.getMessage());
        }
    }
}
