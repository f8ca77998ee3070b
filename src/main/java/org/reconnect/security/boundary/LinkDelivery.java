package org.reconnect.security.boundary;

import java.io.Serializable;

/**
 * What happened to one set-password link: sent by mail, or (demo mode without mail) shown here
 * so that the admin can pass it on. A real clinic never sees {@code link}.
 */
public final class LinkDelivery implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String email;
    private final boolean sent;
    private final String link;

    public LinkDelivery(String name, String email, boolean sent, String link) {
        this.name = name;
        this.email = email;
        this.sent = sent;
        this.link = link;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public boolean isSent() {
        return sent;
    }

    /** Only in demo mode without mail; {@code null} otherwise. */
    public String getLink() {
        return link;
    }
}
