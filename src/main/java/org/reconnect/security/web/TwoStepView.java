package org.reconnect.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.reconnect.security.boundary.TwoStep;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.web.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs /account/two-step: the second step of a staff sign-in (a code from the app or a recovery
 * code), enrolment with a QR code, the recovery codes shown once, and later turning it off or
 * making new recovery codes. A right code ends the waiting state of the session and gives it a
 * new id; a wrong one that locks the account ends the session.
 */
@Named
@ViewScoped
public class TwoStepView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows. */
    public enum Mode { VERIFY, ENROL, CODES, MANAGE, OFF }

    @Inject
    TwoStep twoStep;

    private Mode mode;
    private TwoStep.Status status;
    private TwoStep.Enrolment enrolment;
    private List<String> recoveryCodes = List.of();
    private String code;

    @PostConstruct
    void init() {
        status = twoStep.status();
        if (pending()) {
            mode = status.enrolled() ? Mode.VERIFY : Mode.ENROL;
            if (mode == Mode.ENROL) {
                enrolment = twoStep.begin();
            }
        } else {
            mode = status.enrolled() ? Mode.MANAGE : Mode.OFF;
        }
    }

    /** The code typed at sign-in. */
    public void verify() throws IOException, ServletException {
        TwoStep.Verification outcome;
        try {
            outcome = twoStep.verify(code);
        } catch (Refusal refused) {
            // the app was removed meanwhile (an admin's reset): set one up again
            Messages.refused(refused, "twoStep");
            status = twoStep.status();
            enrolment = twoStep.begin();
            mode = Mode.ENROL;
            return;
        }
        switch (outcome) {
            case VERIFIED -> finishSignIn();
            case RECOVERY_CODE_USED -> {
                Messages.info("twoStep.recoveryUsed", twoStep.status().recoveryCodesLeft());
                Messages.keepForRedirect();
                finishSignIn();
            }
            case WRONG -> {
                code = null;
                Messages.error("twoStep.wrongCode");
            }
            case LOCKED -> endLockedSession();
        }
    }

    public void start() {
        enrolment = twoStep.begin();
        mode = Mode.ENROL;
    }

    /** The first code from the app: enrolment done, recovery codes shown. */
    public void confirm() throws IOException, ServletException {
        Optional<List<String>> codes = twoStep.confirm(code);
        code = null;
        if (codes.isEmpty()) {
            if (pending() && twoStepLocked()) {
                endLockedSession();
                return;
            }
            Messages.error("twoStep.wrongCode");
            return;
        }
        recoveryCodes = codes.get();
        mode = Mode.CODES;
        if (pending()) {
            passSecondStep();
        }
    }

    public void renew() {
        Optional<List<String>> codes = twoStep.renewRecoveryCodes(code);
        code = null;
        if (codes.isEmpty()) {
            wrongCurrentCode();
            return;
        }
        recoveryCodes = codes.get();
        mode = Mode.CODES;
    }

    public void turnOff() {
        boolean off = twoStep.turnOff(code);
        code = null;
        if (!off) {
            wrongCurrentCode();
            return;
        }
        status = twoStep.status();
        mode = Mode.OFF;
        Messages.info("twoStep.turnedOff");
    }

    private static void wrongCurrentCode() {
        FacesContext.getCurrentInstance().addMessage("twoStep:currentCode",
                new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                        Messages.text("twoStep.wrongCode"), null));
    }

    /** After the recovery codes: on to the person's home page. */
    public void done() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/home");
    }

    private void finishSignIn() throws IOException {
        passSecondStep();
        done();
    }

    /** The session may go anywhere its roles allow now, under a new id. */
    private void passSecondStep() {
        HttpServletRequest request = request();
        HttpSession session = request.getSession(false);
        if (session != null) {
            SessionStartFilter.passed(session, request.getUserPrincipal().getName());
            request.changeSessionId();
        }
    }

    private boolean twoStepLocked() {
        return twoStep.lockedNow();
    }

    private void endLockedSession() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        request().logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?failed=true");
    }

    private static boolean pending() {
        HttpServletRequest request = request();
        return !SessionStartFilter.passedSecondStep(request.getSession(false), request.getUserPrincipal().getName());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isPending() {
        return pending();
    }

    public Mode getMode() {
        return mode;
    }

    public TwoStep.Status getStatus() {
        return status;
    }

    public TwoStep.Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
