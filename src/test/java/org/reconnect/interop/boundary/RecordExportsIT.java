package org.reconnect.interop.boundary;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.interop.control.Fhir;
import org.reconnect.messaging.boundary.Conversations;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.AssessmentFixtures;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each export of a couple's record holds, on a couple made for the test: the joint
 * conversation, shared questionnaires and joint homework in every export; partner A's own
 * conversation, unshared questionnaire and private homework only in A's own export; B's homework
 * that only B sees only in B's; the other partner's e-mail and phone in nobody's own export; no
 * clinical text in an admin's; and an export refused (no recipient, a partner of another couple)
 * records nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RecordExportsIT {

    private static String therapist;
    private static Fixtures.TestCouple couple;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(RecordExportsIT.class);
    }

    private static RecordExports exports() {
        return Deployed.boundary(RecordExports.class);
    }

    /** Made once, by the first test that runs (in the server: a JUnit BeforeAll would run in the client). */
    private static synchronized void aCoupleWithSharedAndPrivateEntries() throws Exception {
        if (couple != null) {
            return;
        }
        therapist = Fixtures.homeworkTherapist();
        couple = Fixtures.activeCouple(therapist);
        Conversations conversations = Deployed.boundary(Conversations.class);
        // partner A's conversations: the joint one and A's own with the therapist
        var threads = RunAs.user(couple.email1(), conversations::mine);
        long joint = threads.stream().filter(t -> t.joint()).findFirst().orElseThrow().id();
        long ownA = threads.stream().filter(t -> !t.joint()).findFirst().orElseThrow().id();
        RunAs.user(couple.email2(), () -> conversations.send(joint, "JOINT-MESSAGE for all of us", UUID.randomUUID().toString()));
        RunAs.user(couple.email1(), () -> conversations.send(ownA, "PRIVATE-A-MESSAGE only for my therapist", UUID.randomUUID().toString()));

        long unshared = AssessmentFixtures.assignOnce(therapist, couple.id(), "step-pulse", couple.partner1(), false);
        AssessmentFixtures.submit(couple.email1(), AssessmentFixtures.administration(unshared, couple.partner1()),
                Map.of("p1", 1, "p2", 2, "p3", 1));
        long shared = AssessmentFixtures.assignOnce(therapist, couple.id(), "step-pulse", couple.partner2(), true);
        AssessmentFixtures.submit(couple.email2(), AssessmentFixtures.administration(shared, couple.partner2()),
                Map.of("p1", 5, "p2", 5, "p3", 4));

        homework(null, "JOINT-HOMEWORK", "SHARED");
        homework(couple.partner1(), "PRIVATE-A-HOMEWORK", "PRIVATE");
        homework(couple.partner2(), "REVEAL-B-HOMEWORK", "REVEAL_WHEN_BOTH");
    }

    private static void homework(Long partner, String title, String visibility) throws Exception {
        Deployed.update("""
                INSERT INTO homework_assignment (couple_id, partner_id, type, title, instructions, cadence, target, starts_on,
                  visibility, status, created_at, created_by, changed_at, changed_by)
                VALUES (?, ?, 'KINDNESS_PRACTICE', ?, 'for the test', 'WEEKLY', 1, CURRENT_DATE, ?, 'ACTIVE', NOW(6), 'it', NOW(6), 'it')""",
                couple.id(), partner, title, visibility);
    }

    private static String text(RecordExports.Export export) {
        return new String(export.json(), StandardCharsets.UTF_8);
    }

    private static long count(String json, String resourceType) {
        return Fhir.CONTEXT.newJsonParser().parseResource(Bundle.class, json).getEntry().stream()
                .filter(e -> e.getResource().fhirType().equals(resourceType)).count();
    }

    private static Patient patient(String json, long partnerId) {
        return Fhir.CONTEXT.newJsonParser().parseResource(Bundle.class, json).getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource).filter(Patient.class::isInstance).map(Patient.class::cast)
                .filter(p -> p.getIdentifierFirstRep().getValue().equals(Long.toString(partnerId))).findFirst().orElseThrow();
    }

    @Test
    void theCouplesExportHoldsWhatBothShareAndNothingPrivateToOne() throws Exception {
        aCoupleWithSharedAndPrivateEntries();
        String json = text(RunAs.user(therapist, () -> exports().couple(couple.id(), "Another clinic", "the couple moves")));
        assertTrue(json.contains("JOINT-MESSAGE") && json.contains("JOINT-HOMEWORK"), "what the couple shares");
        for (String privateToOne : new String[] {"PRIVATE-A-MESSAGE", "PRIVATE-A-HOMEWORK", "REVEAL-B-HOMEWORK"}) {
            assertFalse(json.contains(privateToOne), privateToOne + " in the couple's export");
        }
        assertEquals(1, count(json, "QuestionnaireResponse"), "only the shared questionnaire");
        assertEquals(1, count(json, "Observation"));
        // the audit trail names the disclosure; to whom and why (free text) stay in the disclosure, which can be listed
        long disclosure = Deployed.number("SELECT MAX(id) FROM disclosure WHERE couple_id = ?", couple.id());
        assertEquals("the couple moves", Deployed.text("SELECT purpose FROM disclosure WHERE id = ?", disclosure));
        String detail = Deployed.text("SELECT detail FROM audit_event WHERE action = 'RECORD_DISCLOSED' AND couple_id = ?"
                + " ORDER BY seq DESC LIMIT 1", couple.id());
        assertTrue(detail.endsWith("disclosure " + disclosure) && !detail.contains("moves"), detail);
    }

    @Test
    void aPartnersOwnExportAddsTheirPrivateEntriesAndNeverTheOthers() throws Exception {
        aCoupleWithSharedAndPrivateEntries();
        String a = text(RunAs.user(therapist, () -> exports().partner(couple.id(), couple.partner1(), "Partner A", "right of access")));
        assertTrue(a.contains("PRIVATE-A-MESSAGE") && a.contains("PRIVATE-A-HOMEWORK") && a.contains("JOINT-MESSAGE"));
        assertFalse(a.contains("REVEAL-B-HOMEWORK"), "B's homework that only B sees");
        assertEquals(2, count(a, "QuestionnaireResponse"), "A's own unshared one and B's shared one");
        assertTrue(patient(a, couple.partner1()).hasTelecom(), "A's own contact details");
        assertFalse(patient(a, couple.partner2()).hasTelecom(), "B is a name only in A's record");

        String b = text(RunAs.user(therapist, () -> exports().partner(couple.id(), couple.partner2(), "Partner B", "right of access")));
        assertTrue(b.contains("REVEAL-B-HOMEWORK") && b.contains("JOINT-HOMEWORK"));
        assertFalse(b.contains("PRIVATE-A-MESSAGE") || b.contains("PRIVATE-A-HOMEWORK"), "A's private entries in B's record");
        assertEquals(1, count(b, "QuestionnaireResponse"), "A's unshared questionnaire is not B's");
        assertFalse(patient(b, couple.partner1()).hasTelecom(), "A is a name only in B's record");
    }

    @Test
    void anAdminsExportHoldsNoClinicalText() throws Exception {
        aCoupleWithSharedAndPrivateEntries();
        String json = text(RunAs.user("admin@demo.test", () -> exports().couple(couple.id(), "Records office", "audit")));
        assertFalse(json.contains("JOINT-MESSAGE") || json.contains("HOMEWORK"), "no message or homework text");
        assertEquals(0, count(json, "QuestionnaireResponse") + count(json, "Observation") + count(json, "Communication")
                + count(json, "DocumentReference"));
        assertEquals(2, count(json, "Patient"));
    }

    @Test
    void aRefusedExportRecordsNoDisclosure() throws Exception {
        aCoupleWithSharedAndPrivateEntries();
        long before = Deployed.number("SELECT COUNT(*) FROM disclosure WHERE couple_id = ?", couple.id());
        InvalidInput noRecipient = assertThrows(InvalidInput.class,
                () -> RunAs.user(therapist, () -> exports().couple(couple.id(), " ", "a move")));
        assertEquals("recipient", noRecipient.getProblems().get(0).field());
        InvalidInput tooLong = assertThrows(InvalidInput.class,
                () -> RunAs.user(therapist, () -> exports().couple(couple.id(), "x".repeat(201), "a move")));
        assertEquals("recipient", tooLong.getProblems().get(0).field());
        Fixtures.TestCouple other = Fixtures.activeCouple(therapist);
        Refusal notTheirs = assertThrows(Refusal.class,
                () -> RunAs.user(therapist, () -> exports().partner(couple.id(), other.partner1(), "Someone", "a try")));
        Refusal missing = assertThrows(Refusal.class,
                () -> RunAs.user(therapist, () -> exports().couple(Long.MAX_VALUE, "Someone", "a try")));
        assertEquals(missing.getKey(), notTheirs.getKey(), "another couple's partner is like a couple that does not exist");
        assertEquals(before, Deployed.number("SELECT COUNT(*) FROM disclosure WHERE couple_id = ?", couple.id()));
    }
}
