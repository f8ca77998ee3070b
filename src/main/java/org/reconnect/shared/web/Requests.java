package org.reconnect.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Facts about the current request that the boundaries need but may not reach themselves. */
public final class Requests {

    private Requests() {
    }

    /** A record id from a request parameter; {@code null} for anything that is not one. */
    public static Long id(String parameter) {
        return parameter != null && parameter.matches("\\d{1,18}") ? Long.valueOf(parameter) : null;
    }

    /**
     * When a boundary refused because the caller's account is now locked (too many wrong answers
     * to a re-authentication), this session ends as well and the browser goes to the login page,
     * which says why; true then. The account's other sessions were ended by the boundary.
     */
    public static boolean signedOutIfLocked(org.reconnect.shared.boundary.Refusal refusal) throws java.io.IOException {
        if (!org.reconnect.shared.boundary.Refusal.LOCKED_OUT.equals(refusal.getKey())) {
            return false;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            throw new java.io.IOException(e);
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?locked=true");
        context.responseComplete();
        return true;
    }

    /** Answers 404, as for a page that does not exist: for ids the caller may not see. */
    public static void notFound() throws java.io.IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, "Not found");
        context.responseComplete();
    }
}
