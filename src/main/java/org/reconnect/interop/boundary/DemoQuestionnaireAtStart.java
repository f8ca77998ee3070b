package org.reconnect.interop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.reconnect.assessment.boundary.Instruments;
import org.reconnect.interop.control.FhirQuestionnaires;
import org.reconnect.shared.boundary.SchemaMigrated;
import org.reconnect.shared.boundary.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * In demo mode, the demo clinic's instruments include one imported from a FHIR Questionnaire:
 * the README's example file ({@code docs/examples}), read by the same import an admin uses.
 * Imported once: the same definition is recognised afterwards.
 */
@ApplicationScoped
public class DemoQuestionnaireAtStart {

    static final String FILE = "examples/fhir-questionnaire-daily-talk.json";
    private static final Logger LOG = Logger.getLogger(DemoQuestionnaireAtStart.class.getName());

    @Inject
    Instruments instruments;

    void load(@Observes SchemaMigrated migrated) {
        if (!Settings.demoMode()) {
            return;
        }
        FhirQuestionnaires.Import imported = FhirQuestionnaires.read(text(), null, false);
        if (!imported.ok()) {
            throw new IllegalStateException("the demo Questionnaire " + FILE + " does not import: " + imported.problems());
        }
        Instruments.Loaded loaded = instruments.loadImportedAtStart(imported.definition(), imported.origin());
        if (loaded.added()) {
            LOG.info(() -> "Demo mode: imported the FHIR Questionnaire " + loaded.code() + " version " + loaded.version());
        }
    }

    private static String text() {
        try (InputStream in = DemoQuestionnaireAtStart.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FILE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
