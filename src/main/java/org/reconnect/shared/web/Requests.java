package org.reconnect.shared.web;

import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** Facts about the current request that the boundaries need but may not reach themselves (through OmniFaces' {@link Faces}). */
public final class Requests {

    private Requests() {
    }

    /** A record id from a request parameter; {@code null} for anything that is not one. */
    public static Long id(String parameter) {
        return parameter != null && parameter.matches("\\d{1,18}") ? Long.valueOf(parameter) : null;
    }

    /**
     * A boundary refused because the caller's account is now locked (too many wrong answers to a
     * re-authentication): this session ends as well and the browser goes to the login page, which
     * says why. The account's other sessions were ended by the boundary.
     */
    static void signOutLocked() throws IOException {
        try {
            Faces.logout();
        } catch (ServletException e) {
            throw new IOException(e);
        }
        Faces.invalidateSession();
        // not Faces.redirect: that keeps the flash, and the session it lives in has just ended
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/login.xhtml?locked=true");
        Faces.responseComplete();
    }

    /** Answers 404, as for a page that does not exist: for ids the caller may not see. */
    public static void notFound() {
        Faces.responseSendError(404, "Not found");
    }
}
