package org.reconnect.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.assessment.boundary.AnswerForm;
import org.reconnect.assessment.boundary.AssessmentTaking;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.web.Messages;
import org.reconnect.shared.web.Requests;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs /portal/assessment?id=: a partner answers a questionnaire, saving as they go and coming
 * back later, then submits. A questionnaire that is not the caller's answers 404.
 */
@Named
@ViewScoped
public class AnswerView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "questionnaire";

    @Inject
    AssessmentTaking taking;

    private String idParameter;
    private AnswerForm form;
    private long version;

    /** The view action. */
    public void load() throws IOException {
        Long id = Requests.id(idParameter);
        try {
            form = id == null ? null : taking.open(id);
        } catch (Refusal refused) {
            form = null;
            if (!"assessment.notFound".equals(refused.getKey())) {
                // it exists and is theirs, but closed: say why, on the list
                Messages.refused(refused, null);
                Messages.keepForRedirect();
                FacesContext.getCurrentInstance().getExternalContext()
                        .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                                + "/portal/assessments.xhtml");
                return;
            }
        }
        if (form == null) {
            Requests.notFound();
            return;
        }
        version = form.getVersion();
    }

    public void saveForLater() {
        save(false);
    }

    public String submit() {
        return save(true) ? "/portal/assessments?faces-redirect=true" : null;
    }

    private boolean save(boolean submit) {
        try {
            version = taking.save(form.getAdministrationId(), version, form.getInstrumentVersion(), form.getAnswers(), submit,
                    form.getSubmissionKey());
            form.renewSubmissionKey();
            Messages.info(submit ? "portal.assessment.submitted" : "portal.assessment.saved");
            if (submit) {
                Messages.keepForRedirect();
            }
            return true;
        } catch (InvalidInput invalid) {
            List<InvalidInput.Problem> placed = new ArrayList<>();
            for (InvalidInput.Problem p : invalid.getProblems()) {
                int index = indexOf(p.field());
                placed.add(new InvalidInput.Problem(index < 0 ? null : "items:" + index + ":answer", p.message()));
            }
            long open = placed.stream().filter(p -> p.field() != null).count();
            if (open > 0) {
                // a summary at the top, as the questions with a problem may be far down
                Messages.error("portal.assessment.missing", open);
            }
            Messages.invalid(new InvalidInput(placed), FORM);
        }
        return false;
    }

    private int indexOf(String itemId) {
        List<Instrument.Item> items = form.getItems();
        for (int n = 0; n < items.size(); n++) {
            if (items.get(n).id().equals(itemId)) {
                return n;
            }
        }
        return -1;
    }

    public AnswerForm getForm() {
        return form;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }
}
