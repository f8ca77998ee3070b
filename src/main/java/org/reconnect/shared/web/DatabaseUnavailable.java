package org.reconnect.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the database cannot be reached, the person gets a "temporarily unavailable" page (503,
 * with Retry-After) instead of the general error page. The outermost filter (web.xml orders it
 * first); Faces requests that fail the same way are answered by {@link AjaxErrorHandlerFactory}.
 * Nothing is retried: each change is one transaction, so a request that failed left nothing
 * behind, and the person can send it again.
 */
@WebFilter(filterName = "databaseUnavailable")
public class DatabaseUnavailable extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());
    static final int RETRY_AFTER_SECONDS = 30;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!causedByIt(e) || response.isCommitted()) {
                throw e;
            }
            answer(response, e);
        }
    }

    /** Sends the 503 page (through web.xml's error page for 503). */
    static void answer(HttpServletResponse response, Throwable cause) throws IOException {
        LOG.log(Level.WARNING, "The database is unavailable: " + rootMessage(cause));
        response.resetBuffer();
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /**
     * Whether a failure means the database could not be reached: a connection failure (SQL state
     * class 08), a pool that cannot hand out a connection, or Hibernate's word for either.
     */
    public static boolean causedByIt(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof jakarta.resource.ResourceException || t instanceof java.net.ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof ServletException servlet && servlet.getRootCause() != null && servlet.getRootCause() != t) {
            return servlet.getRootCause();
        }
        if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
            return sql.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (next(root) != null) {
            root = next(root);
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
