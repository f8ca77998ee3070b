package org.reconnect.testsupport.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.reconnect.interop.control.Fhir;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * HAPI's validator against base R4 (the structure definitions, value sets and code systems that
 * ship with HAPI; nothing fetched), built once per test JVM: building it takes seconds.
 */
public final class R4Validator {

    private static FhirValidator validator;

    private R4Validator() {
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            ValidationSupportChain chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(Fhir.CONTEXT),
                    new CommonCodeSystemsTerminologyService(Fhir.CONTEXT),
                    new InMemoryTerminologyServerValidationSupport(Fhir.CONTEXT),
                    new SnapshotGeneratingValidationSupport(Fhir.CONTEXT));
            validator = Fhir.CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }

    /** The errors (and fatal ones) the validator finds in the resource, each with where. */
    public static List<String> errors(IBaseResource resource) {
        // validated as it travels: encoded and parsed again, so that what is checked is the file
        String json = Fhir.CONTEXT.newJsonParser().encodeResourceToString(resource);
        return validator().validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validator::describe)
                .toList();
    }

    /** Fails with every error listed, unless there is none. */
    public static void assertValid(IBaseResource resource) {
        List<String> errors = errors(resource);
        assertEquals(List.of(), errors, resource.fhirType() + " does not validate against base R4");
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }
}
