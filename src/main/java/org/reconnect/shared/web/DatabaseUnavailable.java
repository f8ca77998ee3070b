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
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;
    private static final int QUERY_INTERRUPTED = 1317;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!causedByIt(e) || response.isCommitted()) {
                throw e;
            }
            answer(request, response, e);
        }
    }

    /**
     * The request attribute that tells the 503 page a change may have been stored although its
     * commit was not confirmed (the database's answer to the commit never came).
     */
    public static final String OUTCOME_UNKNOWN = "reconnect.outcomeUnknown";

    /**
     * The request attribute that tells the 503 page the request sent something (a form), so that
     * it says what became of it; set before the error page is dispatched, whatever that dispatch
     * makes of the request's method.
     */
    public static final String SENT = "reconnect.sent";

    /** Sends the 503 page (through web.xml's error page for 503), telling it what was sent and whether a commit's outcome is unknown. */
    static void answer(HttpServletRequest request, HttpServletResponse response, Throwable cause) throws IOException {
        request.setAttribute(SENT, !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()));
        if (outcomeUnknown(cause)) {
            request.setAttribute(OUTCOME_UNKNOWN, Boolean.TRUE);
            LOG.log(Level.WARNING, "A commit's outcome is unknown (the database did not confirm it): " + rootMessage(cause));
        } else {
            LOG.log(Level.WARNING, "The database is unavailable: " + rootMessage(cause));
        }
        response.resetBuffer();
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /**
     * Whether the commit of a change failed without an answer: the transaction manager reports
     * a heuristic outcome, so the change may or may not be stored.
     */
    public static boolean outcomeUnknown(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof jakarta.transaction.HeuristicMixedException || t instanceof jakarta.transaction.HeuristicRollbackException
                    || t instanceof jakarta.transaction.HeuristicCommitException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure is the database's, and passing: it could not be reached (SQL state class
     * 08, a pool that cannot hand out a connection, or Hibernate's word for either), it did not
     * answer in time (a query or socket timeout), a row lock was not granted in time (InnoDB's
     * lock wait timeout, 1205) or a deadlock chose this transaction (1213), or a commit went
     * unanswered. Trying again later may work; the person gets the outage page.
     */
    public static boolean causedByIt(Throwable failure) {
        if (outcomeUnknown(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == LOCK_WAIT_TIMEOUT || sql.getErrorCode() == DEADLOCK
                    || sql.getErrorCode() == QUERY_INTERRUPTED)) {
                return true;
            }
            if (t instanceof java.sql.SQLTimeoutException || t instanceof java.sql.SQLTransactionRollbackException
                    || t instanceof java.net.SocketTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof jakarta.persistence.LockTimeoutException || t instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // Connector/J on a connection it gave up on (a socket timeout, the server gone): its statements are closed
            if (t instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().startsWith("No operations allowed after")) {
                return true;
            }
            // the pool on a connection of this transaction that it destroyed when the database failed
            // under an earlier statement (IronJacamar's IJ031040): the next statement finds no connection
            if (t instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().startsWith("IJ031040")) {
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
