package org.reconnect.security.boundary;

import java.io.Serializable;

/**
 * What happened to one set-password link: sent by mail, or (demo mode without mail) shown here
 * so that the admin can pass it on. A real clinic never sees {@code link}.
 *
 * @param link only in demo mode without mail; {@code null} otherwise
 */
public record LinkDelivery(String name, String email, boolean sent, String link) implements Serializable {
}
