package org.reconnect.interop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.reconnect.assessment.boundary.Instruments;
import org.reconnect.interop.boundary.FhirInstruments;
import org.reconnect.interop.control.FhirQuestionnaires;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.web.Messages;
import org.reconnect.shared.web.Uploads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * On /admin/instruments: importing a FHIR R4 Questionnaire (a file, with the scoring in the file
 * or pasted beside it) and downloading any stored version as one.
 */
@Named
@ViewScoped
public class FhirInstrumentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "fhirImport";

    @Inject
    FhirInstruments fhir;

    private transient Part file;
    private String scoring;
    private boolean validated;

    /** Imports the file; on success the page again, with the new version in its list. */
    public String importQuestionnaire() {
        if (file != null && file.getSize() > FhirQuestionnaires.MAX_CHARS) {
            Messages.invalid(new InvalidInput(List.of(new InvalidInput.Problem(FhirInstruments.FIELD,
                    Texts.get("fhir.tooLong", FhirQuestionnaires.MAX_CHARS)))), FORM);
            return null;
        }
        String text;
        try {
            text = file != null && file.getSize() > 0 ? Uploads.utf8(file, FhirQuestionnaires.MAX_CHARS) : null;
        } catch (IOException unreadable) {
            Messages.error("fhir.notText");
            return null;
        }
        if (text == null || text.isBlank()) {
            Messages.error("fhir.noFile");
            return null;
        }
        try {
            Instruments.Loaded loaded = fhir.importQuestionnaire(text, scoring, validated);
            Messages.info(loaded.added() ? "fhir.imported" : "instruments.unchanged", loaded.title(), loaded.version());
            Messages.keepForRedirect();
            return "/admin/instruments.xhtml?faces-redirect=true";
        } catch (InvalidInput invalid) {
            // the instrument's own problems are named for the definition form; here they belong to the file
            Messages.invalid(new InvalidInput(invalid.getProblems().stream()
                    .map(p -> new InvalidInput.Problem(FhirInstruments.FIELD, p.message())).toList()), FORM);
            return null;
        }
    }

    /** A stored version as a FHIR Questionnaire (JSON); nothing for an id that does not exist. */
    public StreamedContent questionnaire(long versionId, String code, int version) {
        return fhir.questionnaire(versionId)
                .map(json -> DefaultStreamedContent.builder()
                        .name("questionnaire-" + code + "-v" + version + ".json")
                        .contentType("application/fhir+json")
                        .stream(() -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                        .build())
                .orElse(null);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getScoring() {
        return scoring;
    }

    public void setScoring(String scoring) {
        this.scoring = scoring;
    }

    public boolean isValidated() {
        return validated;
    }

    public void setValidated(boolean validated) {
        this.validated = validated;
    }
}
