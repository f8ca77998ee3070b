package org.reconnect.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;

import java.io.IOException;

/** The sign-out button of both layouts: audits, ends the login and the session, back to login. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    AuditTrail audit;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            audit.record(AuditAction.LOGOUT, AuditOutcome.SUCCESS, null, null, null, null);
            request.logout();
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
