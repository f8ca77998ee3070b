package org.reconnect.interop.boundary;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.assessment.boundary.AssessmentResults;
import org.reconnect.assessment.boundary.CoupleResults;
import org.reconnect.assessment.boundary.InstrumentRow;
import org.reconnect.assessment.boundary.Instruments;
import org.reconnect.assessment.entity.InstrumentSource;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.testsupport.container.AssessmentFixtures;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FHIR Questionnaires in the running server: the demo clinic's imported one labelled with its
 * source, an instrument exported and imported again as a new one, a faulty file refused with its
 * problems and nothing stored, and imports for admins only.
 */
@ExtendWith(ArquillianExtension.class)
class FhirInstrumentsIT {

    private static final String ADMIN = "admin@demo.test";

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(FhirInstrumentsIT.class);
    }

    private static FhirInstruments fhir() {
        return Deployed.boundary(FhirInstruments.class);
    }

    private static Instruments instruments() {
        return Deployed.boundary(Instruments.class);
    }

    private static InstrumentRow row(String code) throws Exception {
        return RunAs.user(ADMIN, () -> instruments().all()).stream().filter(r -> r.code().equals(code) && r.latest())
                .findFirst().orElseThrow(() -> new AssertionError(code + " is not stored"));
    }

    @Test
    void theDemoClinicHasAnInstrumentImportedFromFhirLabelledWithItsSource() throws Exception {
        InstrumentRow imported = row("daily-talk-check");
        assertEquals(InstrumentSource.IMPORTED, imported.source());
        assertEquals("FHIR Questionnaire http://example.org/fhir/Questionnaire/daily-talk-check version 1", imported.origin());
        assertFalse(imported.validated(), "not validated unless the admin says so");
        assertTrue(imported.licence().startsWith("Written for Reconnect's demo clinic"));
    }

    @Test
    void anExportedInstrumentImportsAgainAsANewOne() throws Exception {
        InstrumentRow check = row("connection-check");
        String exported = RunAs.user(ADMIN, () -> fhir().questionnaire(check.id())).orElseThrow();
        assertTrue(exported.contains("\"resourceType\": \"Questionnaire\""), exported);
        String code = "copy-" + Long.toString(System.nanoTime(), 36);
        String renamed = exported.replace("\\\"code\\\":\\\"connection-check\\\"", "\\\"code\\\":\\\"" + code + "\\\"");
        assertFalse(renamed.equals(exported), "the scoring extension names the code");
        Instruments.Loaded loaded = RunAs.user(ADMIN, () -> fhir().importQuestionnaire(renamed, null, true));
        assertTrue(loaded.added());
        InstrumentRow copy = row(code);
        assertEquals(InstrumentSource.IMPORTED, copy.source());
        assertEquals(check.items(), copy.items());
        assertTrue(copy.validated(), "the admin said it is validated");
        assertEquals(check.licence(), copy.licence());
        // the same file again stores nothing
        assertFalse(RunAs.user(ADMIN, () -> fhir().importQuestionnaire(renamed, null, true)).added());

        // administered: the same answers give the same total, band and subscales on the original and the copy
        String therapist = Fixtures.homeworkTherapist();
        Fixtures.TestCouple couple = Fixtures.activeCouple(therapist);
        for (int scored = 0; scored <= 4; scored += 2) {
            long original = AssessmentFixtures.assignOnce(therapist, couple.id(), "connection-check", couple.partner1(), true);
            long imported = AssessmentFixtures.assignOnce(therapist, couple.id(), code, couple.partner1(), true);
            AssessmentFixtures.submit(couple.email1(), AssessmentFixtures.administration(original, couple.partner1()),
                    AssessmentFixtures.connectionCheck(scored));
            AssessmentFixtures.submit(couple.email1(), AssessmentFixtures.administration(imported, couple.partner1()),
                    AssessmentFixtures.connectionCheck(scored));
        }
        CoupleResults results = RunAs.user(therapist, () -> Deployed.boundary(AssessmentResults.class).forCouple(couple.id()));
        List<CoupleResults.Point> originals = points(results, "connection-check");
        List<CoupleResults.Point> copies = points(results, code);
        assertEquals(3, originals.size());
        assertEquals(3, copies.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(originals.get(i).total(), copies.get(i).total());
            assertEquals(originals.get(i).band(), copies.get(i).band());
            assertEquals(originals.get(i).subscales(), copies.get(i).subscales());
        }
        assertEquals(new java.math.BigDecimal("24"), copies.get(1).total(), "twelve items scored 2 each");
    }

    private static List<CoupleResults.Point> points(CoupleResults results, String code) {
        return results.instruments().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().points();
    }

    @Test
    void aFaultyQuestionnaireIsRefusedWithEachProblemAndNothingIsStored() throws Exception {
        long before = Deployed.number("SELECT COUNT(*) FROM instrument");
        String faulty = """
                {"resourceType": "Questionnaire", "status": "active", "name": "Faulty", "version": "1",
                 "item": [{"linkId": "a", "text": "Your name", "type": "string"}]}""";
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> RunAs.user(ADMIN, () -> fhir().importQuestionnaire(faulty, null, false)));
        var messages = invalid.getProblems().stream().map(InvalidInput.Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Item a is of type string")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("The Questionnaire has no copyright")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("The Questionnaire has no scoring")), messages.toString());
        assertEquals(before, Deployed.number("SELECT COUNT(*) FROM instrument"));
    }

    @Test
    void onlyAnAdminImports() throws Exception {
        String therapist = Fixtures.homeworkTherapist();
        assertThrows(EJBAccessException.class, () -> RunAs.user(therapist, () -> fhir().importQuestionnaire("{}", null, false)));
        assertTrue(RunAs.user(therapist, () -> fhir().questionnaire(row("step-pulse").id())).isPresent(),
                "a therapist may read an instrument as FHIR");
    }
}
