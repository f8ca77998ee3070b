package org.reconnect.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The idle warning's server side: a request is all it takes to keep a session alive, so
 * "stay signed in" (and activity on a page that sends nothing else) only needs to reach the server.
 */
@Named
@RequestScoped
public class IdleView {

    /** Nothing to do: arriving here has already renewed the session. */
    public void stay() {
        // the request itself renews the session's idle time
    }
}
