package org.reconnect.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.reconnect.security.boundary.SessionRegistry;

/** Keeps the session registry free of sessions that ended by time-out or sign-out. */
@WebListener
public class SessionEndListener implements HttpSessionListener {

    @Inject
    SessionRegistry registry;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        registry.forget(event.getSession());
    }
}
