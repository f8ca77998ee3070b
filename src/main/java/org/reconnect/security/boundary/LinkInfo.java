package org.reconnect.security.boundary;

import org.reconnect.security.entity.LinkPurpose;

import java.io.Serializable;

/** What the set-password page shows about a usable link: whose password it sets. */
public final class LinkInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final String email;
    private final LinkPurpose purpose;

    LinkInfo(String displayName, String email, LinkPurpose purpose) {
        this.displayName = displayName;
        this.email = email;
        this.purpose = purpose;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public LinkPurpose getPurpose() {
        return purpose;
    }
}
