package org.reconnect.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.reconnect.security.boundary.PasswordResets;
import org.reconnect.security.entity.EmailAddress;
import org.reconnect.security.entity.LinkPurpose;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.web.Messages;

/**
 * Backs /account/forgot-password: asks for the email and always answers the same, whether or not
 * an account uses it (the boundary says nothing back). The page is stateless, like the login page:
 * asking starts no session.
 */
@Named
@RequestScoped
public class ForgotPasswordView {

    private static final String FORM = "forgotPassword";

    @Inject
    PasswordResets resets;

    private String email;
    private boolean sent;

    public void send() {
        if (!EmailAddress.isValid(email)) {
            // about what was typed, never about an account
            Messages.refused(Refusal.onField("email", "forgotPassword.emailInvalid"), FORM);
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        resets.request(email, request.getRemoteAddr());
        sent = true;
        email = null;
    }

    /** How long a reset link works, in minutes, as the answer tells it. */
    public long getMinutes() {
        return LinkPurpose.PASSWORD_RESET.validFor().toMinutes();
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
