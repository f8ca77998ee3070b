package org.reconnect.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.reconnect.security.boundary.SessionRegistry;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the session registry free of sessions that ended by time-out or sign-out. */
@WebListener
public class SessionEndListener implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(SessionEndListener.class.getName());

    @Inject
    SessionRegistry registry;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        // a session that never signed in has no handle; one that did is marked as ended for every server
        try {
            Object handle = event.getSession().getAttribute(SessionStartFilter.HANDLE);
            registry.forget(handle instanceof String h ? h : null);
        } catch (RuntimeException e) {
            // the database or the application is going away (a server stopping): the row stays open
            // until its idle limit has passed, and nothing refuses the session meanwhile anyway
            LOG.log(Level.FINE, "could not mark a session as ended", e);
        }
    }
}
