package org.reconnect.couple.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.couple.boundary.Intake;
import org.reconnect.couple.boundary.IntakeForm;
import org.reconnect.couple.boundary.IntakeResult;
import org.reconnect.couple.entity.SecretsPolicy;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;

/** Backs the intake pages (/admin/intake and /therapist/intake). */
@Named
@ViewScoped
public class IntakeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Intake intake;

    private IntakeForm form = new IntakeForm();
    private IntakeResult result;

    public void open() {
        result = intake.open(form);
        Messages.info("intake.opened", result.caseNumber());
        form = new IntakeForm();
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
