package org.reconnect.security.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Which signed-in session the current request belongs to, by its {@link SessionRegistry} handle.
 * Filled in by the web layer at the start of each request; empty outside HTTP and before sign-in.
 * Boundaries use it to spare the asking session when they end a person's other sessions.
 */
@RequestScoped
public class ThisSession {

    private String handle;

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }
}
