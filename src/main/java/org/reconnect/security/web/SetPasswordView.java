package org.reconnect.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.security.boundary.AccountLinks;
import org.reconnect.security.boundary.LinkInfo;
import org.reconnect.security.control.PasswordRule;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.web.Messages;

import java.util.Map;

/**
 * Backs /account/set-password: a one-time link from an invitation or a new staff account. The
 * page is stateless (no session before the person has a password); the token travels in the
 * URL and in a hidden field.
 */
@Named
@RequestScoped
public class SetPasswordView {

    private static final String FORM = "setPassword";

    @Inject
    AccountLinks links;

    private String token;
    private LinkInfo link;

    /**
     * The token comes from the link's URL, or from the form's hidden field on the postback;
     * read before any phase asks whether the form is rendered.
     */
    @PostConstruct
    void readToken() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        token = parameters.getOrDefault("token", parameters.get(FORM + ":token"));
    }
    private boolean checked;
    private boolean done;
    private String password;
    private String confirmation;

    /** Whose password the link sets; {@code null} for a link that is used, expired or unknown. */
    public LinkInfo getLink() {
        if (!checked) {
            link = links.inspect(token).orElse(null);
            checked = true;
        }
        return link;
    }

    public void save() {
        if (password == null || !password.equals(confirmation)) {
            Messages.refused(Refusal.onField("confirmation", "password.mismatch"), FORM);
            return;
        }
        try {
            links.setPassword(token, password.toCharArray());
            done = true;
        } catch (Refusal refused) {
            Messages.refused(refused, FORM);
            checked = false;
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public int getMinLength() {
        return PasswordRule.MIN_LENGTH;
    }

    public String getToken() {
        return token;
    }


    public boolean isDone() {
        return done;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
