package org.reconnect.interop.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.reconnect.assessment.boundary.Instruments;
import org.reconnect.interop.control.Fhir;
import org.reconnect.interop.control.FhirQuestionnaires;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Role;

import java.util.Optional;

/**
 * Instruments as FHIR R4 Questionnaires: an admin imports one (JSON or XML, with Reconnect's
 * scoring in its extension or beside it), and every stored version exports as one. Instruments
 * hold no one's data, so neither is a disclosure.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
public class FhirInstruments {

    /** The field the problems of an import are reported on. */
    public static final String FIELD = "fhirFile";

    @Inject
    Instruments instruments;

    /**
     * Reads the Questionnaire and stores the instrument made from it, labelled with its source,
     * version and licence. Refused with every problem of the file, and then with every problem of
     * the instrument it describes; either way nothing is stored.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Instruments.Loaded importQuestionnaire(String text, String scoringBeside, boolean validated) {
        FhirQuestionnaires.Import imported = FhirQuestionnaires.read(text, scoringBeside, validated);
        if (!imported.ok()) {
            throw new InvalidInput(imported.problems().stream()
                    .map(p -> new InvalidInput.Problem(FIELD, Texts.get(p.key(), p.argumentArray())))
                    .toList());
        }
        return instruments.importDefinition(imported.definition(), imported.origin());
    }

    /** One stored version as a Questionnaire, in FHIR JSON; empty for an id that does not exist. */
    public Optional<String> questionnaire(long versionId) {
        return instruments.definition(versionId).map(definition -> Fhir.CONTEXT.newJsonParser().setPrettyPrint(true)
                .encodeResourceToString(FhirQuestionnaires.write(definition)));
    }
}
