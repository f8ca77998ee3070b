package org.reconnect.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Facts about the current request that the boundaries need but may not reach themselves. */
public final class Requests {

    private Requests() {
    }

    /** Scheme, host and port as the person reached us, for links in e-mails. */
    public static String baseUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + external.getRequestContextPath();
    }

    /** A record id from a request parameter; {@code null} for anything that is not one. */
    public static Long id(String parameter) {
        return parameter != null && parameter.matches("\\d{1,18}") ? Long.valueOf(parameter) : null;
    }

    /** Answers 404, as for a page that does not exist: for ids the caller may not see. */
    public static void notFound() throws java.io.IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, "Not found");
        context.responseComplete();
    }
}
