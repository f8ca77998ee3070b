package org.reconnect.couple.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.couple.boundary.Intake;
import org.reconnect.couple.boundary.IntakeForm;
import org.reconnect.couple.boundary.IntakeResult;
import org.reconnect.couple.entity.SecretsPolicy;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.web.Messages;
import org.reconnect.shared.web.Requests;

import java.io.Serializable;

/** Backs the intake pages (/admin/intake and /therapist/intake). */
@Named
@ViewScoped
public class IntakeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "intake";

    @Inject
    Intake intake;

    private IntakeForm form = new IntakeForm();
    private IntakeResult result;

    public void open() {
        try {
            result = intake.open(form);
            Messages.info("intake.opened", result.getCaseNumber());
            form = new IntakeForm();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FORM);
        } catch (Refusal refused) {
            Messages.refused(refused, FORM);
        }
    }

    public void startAnother() {
        result = null;
        form = new IntakeForm();
    }

    public IntakeForm getForm() {
        return form;
    }

    public IntakeResult getResult() {
        return result;
    }

    public SecretsPolicy[] getSecretsPolicies() {
        return SecretsPolicy.values();
    }
}
