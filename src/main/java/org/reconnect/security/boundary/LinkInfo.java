package org.reconnect.security.boundary;

import org.reconnect.security.entity.LinkPurpose;

import java.io.Serializable;

/** What the set-password page shows about a usable link: whose password it sets. */
public record LinkInfo(String displayName, String email, LinkPurpose purpose) implements Serializable {
}
