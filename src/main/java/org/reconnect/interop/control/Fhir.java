package org.reconnect.interop.control;

import ca.uhn.fhir.context.FhirContext;

/**
 * The one FHIR R4 context of the application (costly to build, safe to share) and what
 * Reconnect's resources have in common.
 */
public final class Fhir {

    /** Where Reconnect's own FHIR definitions live: its scoring extension, its code systems. */
    public static final String BASE = "http://reconnect.example.org/fhir/";

    public static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private Fhir() {
    }

    /** HAPI's message without its "HAPI-1234: " prefix, for a person to read. */
    static String plain(String message) {
        if (message == null) {
            return "";
        }
        String plain = message.replaceAll("HAPI-\\d+: ", "")
                .replaceAll("\\s*at \\[row,col \\{[^}]*}]: \\[(\\d+),(\\d+)]", " (line $1, column $2)")
                .replaceAll("\\s*at \\[line: (\\d+), column: (\\d+)]", " (line $1, column $2)");
        return plain.length() > 300 ? plain.substring(0, 300) + "…" : plain;
    }
}
