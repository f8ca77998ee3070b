package org.reconnect.security.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.reconnect.security.boundary.AccountSecurity;
import org.reconnect.security.boundary.SessionRegistry;
import org.reconnect.security.control.PasswordRule;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs /account/security, for every signed-in person: where they are signed in (and ending the
 * sessions they do not want), and changing their password, which ends every other session.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SESSIONS = "sessions";
    private static final String PASSWORD = "password";

    @Inject
    AccountSecurity account;

    private List<SessionRegistry.OpenSession> sessions;
    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public List<SessionRegistry.OpenSession> getSessions() {
        if (sessions == null) {
            sessions = account.mySessions();
        }
        return sessions;
    }

    public void end(String handle) {
        try {
            account.endSession(handle);
            result(SESSIONS, FacesMessage.SEVERITY_INFO, Messages.text("account.sessionEnded"));
        } catch (Refusal refused) {
            result(SESSIONS, FacesMessage.SEVERITY_ERROR, Messages.text(refused.getKey(), refused.getArguments()));
        }
        sessions = null;
    }

    public void endOthers() {
        result(SESSIONS, FacesMessage.SEVERITY_INFO, Messages.text("account.othersEnded", account.endOtherSessions()));
        sessions = null;
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.refused(Refusal.onField("confirmation", "password.mismatch"), PASSWORD);
            result(PASSWORD, FacesMessage.SEVERITY_ERROR, Messages.text("account.notChanged"));
            clear();
            return;
        }
        try {
            account.changePassword(chars(currentPassword), chars(newPassword));
            result(PASSWORD, FacesMessage.SEVERITY_INFO, Messages.text("account.passwordChanged"));
            sessions = null;
        } catch (Refusal refused) {
            if (refused.locksOut()) {
                throw refused;
            }
            // shown in the form itself, with the focus (the refusal's own text on its field)
            Messages.refused(refused, PASSWORD);
            result(PASSWORD, FacesMessage.SEVERITY_ERROR, Messages.text("account.notChanged"));
        } finally {
            clear();
        }
    }

    /**
     * The outcome of an action, shown in its own form (not at the top of the page, out of view
     * on a phone) and given the focus, so that a screen reader reads it too.
     */
    private static void result(String form, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(form, new FacesMessage(severity, text, null));
        // PrimeFaces' focus() looks for an input inside; the result itself takes the focus (tabindex -1)
        PrimeFaces.current().executeScript("document.getElementById('" + form + ":result').focus();");
    }

    private void clear() {
        currentPassword = null;
        newPassword = null;
        confirmation = null;
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    /** The layout of the person's own area: the portal's for partners, the staff one otherwise. */
    public String getTemplate() {
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest)
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest();
        boolean staff = request.isUserInRole(org.reconnect.shared.entity.Role.ADMIN_NAME)
                || request.isUserInRole(org.reconnect.shared.entity.Role.THERAPIST_NAME);
        return staff ? "/WEB-INF/templates/staff.xhtml" : "/WEB-INF/templates/portal.xhtml";
    }

    public int getMinLength() {
        return PasswordRule.MIN_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
