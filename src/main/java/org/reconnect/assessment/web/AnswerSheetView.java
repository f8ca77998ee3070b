package org.reconnect.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.assessment.boundary.AnswerSheet;
import org.reconnect.assessment.boundary.AssessmentResults;
import org.reconnect.shared.web.Messages;
import org.reconnect.shared.web.Requests;

import java.io.IOException;
import java.io.Serializable;

/**
 * Backs /therapist/answers?id=: one response item by item, and marking it entered in error. A
 * response of a couple the caller does not treat answers 404, like a missing one.
 */
@Named
@ViewScoped
public class AnswerSheetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentResults results;

    private String idParameter;
    private AnswerSheet sheet;
    private String reason;

    /** The view action. */
    public void load() throws IOException {
        Long id = Requests.id(idParameter);
        sheet = id == null ? null : results.answers(id);
        if (sheet == null) {
            Requests.notFound();
        }
    }

    public void markEnteredInError() {
        results.markEnteredInError(sheet.administrationId(), sheet.version(), reason);
        Messages.info("answers.marked");
        sheet = results.answers(sheet.administrationId());
        reason = null;
    }

    public AnswerSheet getSheet() {
        return sheet;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
