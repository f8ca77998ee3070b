package org.reconnect.interop.control;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.reconnect.testsupport.fhir.R4Validator;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FhirRecordTest {

    private static final Instant AT = Instant.parse("2026-11-03T17:00:00Z");
    private static final String CLINIC = "https://reconnect.clinic-one.example";

    static CoupleRecord record() {
        byte[] pdf = "%PDF-1.4 a signed note".getBytes();
        return new CoupleRecord(7, "RC-2026-0007", "ACTIVE", LocalDate.of(2026, 9, 1),
                List.of(new CoupleRecord.Person(11, 101, "Alex Rivera", "alex@example.org", "+1 555 0100"),
                        new CoupleRecord.Person(12, 102, "Sam Rivera", "sam@example.org", null)),
                new CoupleRecord.Person(3, 103, "Maya Chen, LMFT", "maya@example.org", null),
                List.of(new CoupleRecord.Person(4, 104, "Omar Haddad", "omar@example.org", null)),
                List.of(new CoupleRecord.Session(20, AT.minusSeconds(86400 * 30), AT.minusSeconds(86400 * 30 - 3000), "ATTENDED", false, null, 4),
                        new CoupleRecord.Session(21, AT, AT.plusSeconds(3000), "ATTENDED", false, null, 3),
                        new CoupleRecord.Session(22, AT.plusSeconds(86400 * 7), AT.plusSeconds(86400 * 7 + 3000), "SCHEDULED", true, 11L, 3),
                        new CoupleRecord.Session(23, AT.plusSeconds(86400 * 3), AT.plusSeconds(86400 * 3 + 3000), "CANCELLED", true, null, 3)),
                List.of(new CoupleRecord.Note(30, 20, null, 4, AT.minusSeconds(86400 * 30 - 7200), pdf),
                        new CoupleRecord.Note(31, 21, null, 3, AT.plusSeconds(7200), pdf)),
                List.of(new CoupleRecord.Answered(41, 11, "connection-check", 1, "Connection Check", AT.minusSeconds(86400), false,
                                List.of(new CoupleRecord.Answer("q1", "When I reach out ...", 3, "Often"),
                                        new CoupleRecord.Answer("q2", "I feel lonely ...", 1, "Rarely")),
                                new BigDecimal("30"), "Mostly connected"),
                        new CoupleRecord.Answered(42, 12, "step-pulse", 1, "Step Pulse", AT.minusSeconds(3600), true,
                                List.of(new CoupleRecord.Answer("p1", "This week ...", 4, "Mostly")), new BigDecimal("4.00"), null)),
                List.of(new CoupleRecord.Step(1, "Recognize the signs", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 20)),
                        new CoupleRecord.Step(2, "Start the hard conversation", LocalDate.of(2026, 9, 20), null),
                        new CoupleRecord.Step(3, "Learn each other's needs", null, null)),
                List.of(new CoupleRecord.Homework(51, "Daily 10-minute talk", "ACTIVE", LocalDate.of(2026, 9, 20), null, null, 2),
                        new CoupleRecord.Homework(52, "Notice bids", "COMPLETED", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 19), 11L, 1)),
                List.of(new CoupleRecord.Message(61, null, 101, "Alex", AT.minusSeconds(500), "See you Tuesday", null),
                        new CoupleRecord.Message(62, null, 103, "Maya Chen", AT.minusSeconds(400), "Yes, at five.", AT.minusSeconds(300))));
    }

    @Test
    void aWholeRecordIsAValidR4CollectionWhoseReferencesAllResolveInside() {
        Bundle bundle = FhirRecord.bundle(record(), AT, CLINIC);
        R4Validator.assertValid(bundle);
        assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
        Set<String> types = new HashSet<>();
        Set<String> fullUrls = new HashSet<>();
        bundle.getEntry().forEach(e -> {
            types.add(e.getResource().fhirType());
            fullUrls.add(e.getFullUrl());
        });
        assertEquals(Set.of("Patient", "Group", "Practitioner", "Encounter", "DocumentReference", "QuestionnaireResponse",
                "Observation", "CarePlan", "Communication"), types);
        assertEquals(bundle.getEntry().size(), fullUrls.size(), "every entry named once");
        // every reference in the Bundle points at one of its entries
        List<Reference> references = bundle.getEntry().stream()
                .flatMap(e -> Fhir.CONTEXT.newTerser().getAllPopulatedChildElementsOfType(e.getResource(), Reference.class).stream())
                .toList();
        assertTrue(references.size() > 15);
        references.stream().filter(Reference::hasReference)
                .forEach(r -> assertTrue(fullUrls.contains(r.getReference()), r.getReference() + " resolves in the Bundle"));
    }

    @Test
    void theSameRecordIsNamedAlikeInOneClinicAndApartInAnother() {
        Bundle once = FhirRecord.bundle(record(), AT, CLINIC);
        Bundle twice = FhirRecord.bundle(record(), AT.plusSeconds(60), CLINIC + "/");
        Bundle elsewhere = FhirRecord.bundle(record(), AT, "https://other-clinic.example");
        Set<String> urls = new HashSet<>();
        Set<String> otherUrls = new HashSet<>();
        for (int i = 0; i < once.getEntry().size(); i++) {
            assertEquals(once.getEntry().get(i).getFullUrl(), twice.getEntry().get(i).getFullUrl(), "exported again, named the same");
            urls.add(once.getEntry().get(i).getFullUrl());
            otherUrls.add(elsewhere.getEntry().get(i).getFullUrl());
        }
        urls.retainAll(otherUrls);
        assertTrue(urls.isEmpty(), "another clinic's entries are named apart: " + urls);
        Patient patient = (Patient) once.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance).findFirst().orElseThrow();
        assertEquals(CLINIC + "/fhir/NamingSystem/partner", patient.getIdentifierFirstRep().getSystem());
        Patient theirs = (Patient) elsewhere.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance).findFirst().orElseThrow();
        assertEquals("https://other-clinic.example/fhir/NamingSystem/partner", theirs.getIdentifierFirstRep().getSystem());
    }

    @Test
    void aSignedNoteCarriesItsPdfWithItsSha1AsR4SaysAndItsSha256Beside() throws Exception {
        Bundle bundle = FhirRecord.bundle(record(), AT, CLINIC);
        DocumentReference note = (DocumentReference) bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(DocumentReference.class::isInstance).findFirst().orElseThrow();
        byte[] pdf = note.getContentFirstRep().getAttachment().getData();
        assertArrayEquals(record().notes().get(0).pdf(), pdf);
        assertEquals(pdf.length, note.getContentFirstRep().getAttachment().getSize());
        assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(pdf), note.getContentFirstRep().getAttachment().getHash());
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(pdf), ((org.hl7.fhir.r4.model.Base64BinaryType)
                note.getContentFirstRep().getAttachment().getExtensionByUrl(FhirRecord.ATTACHMENT_SHA256).getValue()).getValue());
        assertEquals(java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), FhirRecord.sha256Hex(pdf));
    }

    @Test
    void aScoreIsAnObservationOfItsResponseAndAResponseEnteredInErrorSaysSo() {
        Bundle bundle = FhirRecord.bundle(record(), AT, CLINIC);
        List<Observation> totals = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast).toList();
        assertEquals(2, totals.size());
        Observation first = totals.get(0);
        assertEquals(0, first.getValueQuantity().getValue().compareTo(new BigDecimal("30")));
        assertEquals("Mostly connected", first.getInterpretationFirstRep().getText());
        assertEquals(FhirRecord.uuid(CLINIC, "QuestionnaireResponse", 41), first.getDerivedFromFirstRep().getReference());
        assertEquals(Observation.ObservationStatus.ENTEREDINERROR, totals.get(1).getStatus());
    }

    @Test
    void aSessionAndItsNoteNameTheTherapistWhoHeldItNotTheCurrentOne() {
        Bundle bundle = FhirRecord.bundle(record(), AT, CLINIC);
        String omar = FhirRecord.uuid(CLINIC, "Practitioner", 4);
        String maya = FhirRecord.uuid(CLINIC, "Practitioner", 3);
        assertEquals(2, bundle.getEntry().stream().filter(e -> e.getResource().fhirType().equals("Practitioner")).count());
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            if (e.getFullUrl().equals(FhirRecord.uuid(CLINIC, "Encounter", 20))) {
                assertEquals(omar, ((org.hl7.fhir.r4.model.Encounter) e.getResource()).getParticipantFirstRep().getIndividual().getReference());
            }
            if (e.getFullUrl().equals(FhirRecord.uuid(CLINIC, "Encounter", 21))) {
                assertEquals(maya, ((org.hl7.fhir.r4.model.Encounter) e.getResource()).getParticipantFirstRep().getIndividual().getReference());
            }
            if (e.getFullUrl().equals(FhirRecord.uuid(CLINIC, "DocumentReference", 30))) {
                assertEquals(omar, ((DocumentReference) e.getResource()).getAuthorFirstRep().getReference());
            }
        }
    }
}
