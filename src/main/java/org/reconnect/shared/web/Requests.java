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
}
