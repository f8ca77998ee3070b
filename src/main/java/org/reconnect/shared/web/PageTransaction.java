package org.reconnect.shared.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import org.reconnect.shared.boundary.PageViews;
import org.reconnect.shared.boundary.SqlCounter;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One transaction for reading and rendering a page. A page calls several boundaries (the caller,
 * the case, its homework, its scores ...); each used to be a transaction of its own that loaded
 * the signed-in account again and wrote its own audit row. Now they all join this one:
 * <ul>
 *   <li>a page opened (GET) runs in one transaction from the session checks to the last byte
 *       rendered, its audit rows committed with it;</li>
 *   <li>a form sent (POST) keeps its action in the boundary's own transaction (a refused or
 *       conflicting change rolls back alone and is shown on the page), and the page rendered after it
 *       reads in a second one (the phase listener below begins it).</li>
 * </ul>
 * The filter ends what it or the listener began, however the request ended: committed when it
 * can be, rolled back when a refusal marked it so. The page is rendered into a buffer of
 * {@value #BUFFER} bytes, so that it commits before its first byte leaves: a page whose audit row
 * cannot be written is never shown (it gets the error page instead), and no connection is held
 * while a slow phone reads. Boundaries hand views records of their own, never entities, so
 * nothing a page holds is written back at commit. The session checks run before it, in
 * transactions of their own (a sign-in is recorded whatever the page then does).
 */
@WebFilter(filterName = "pageTransaction")
public class PageTransaction extends HttpFilter implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PageTransaction.class.getName());
    /** The request is a page of the Faces servlet: its rendering may have a transaction. */
    private static final String PAGE = PageTransaction.class.getName() + ".page";
    /** This request began the transaction that is open on its thread. */
    private static final String BEGUN = PageTransaction.class.getName() + ".begun";
    private static final String RESOURCES = "/jakarta.faces.resource/";
    /** Larger than any page Reconnect renders (the biggest are about 150 KB). */
    static final int BUFFER = 512 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (path == null || !path.endsWith(".xhtml") || path.startsWith(RESOURCES)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(PAGE, Boolean.TRUE);
        response.setBufferSize(BUFFER);
        SqlCounter.reset();
        try {
            if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                begin(request);
            }
            chain.doFilter(request, response);
        } finally {
            try {
                end(request, response);
            } finally {
                PageCosts.record(path, SqlCounter.current(), SqlCounter.texts());
            }
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    /** A form was sent and its action is done: the page rendered now reads in one transaction. */
    @Override
    public void beforePhase(PhaseEvent event) {
        Object request = event.getFacesContext().getExternalContext().getRequest();
        // never for an error page (rendered after the filter has ended the page's transaction)
        if (request instanceof ServletRequest servletRequest && servletRequest.getAttribute(PAGE) != null
                && servletRequest.getDispatcherType() == DispatcherType.REQUEST && servletRequest.getAttribute(BEGUN) == null) {
            try {
                begin(servletRequest);
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // the filter ends the transaction, also when rendering failed or never happened
    }

    private static void begin(ServletRequest request) throws ServletException {
        try {
            UserTransaction transaction = userTransaction();
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return;
            }
            transaction.begin();
            request.setAttribute(BEGUN, Boolean.TRUE);
            PageViews.mark(registry());
        } catch (Exception e) {
            throw new ServletException("cannot begin the page's transaction", e);
        }
    }

    private static void end(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        if (request.getAttribute(BEGUN) == null) {
            return;
        }
        request.removeAttribute(BEGUN);
        UserTransaction transaction;
        int status;
        try {
            transaction = userTransaction();
            status = transaction.getStatus();
        } catch (NamingException | SystemException e) {
            throw new ServletException("cannot end the page's transaction", e);
        }
        boolean sent = response.isCommitted();
        PageCosts.sentBeforeCommit(request.getServletPath(), sent);
        try {
            if (status == Status.STATUS_ACTIVE) {
                transaction.commit();
            } else if (status != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            if (!response.isCommitted()) {
                // what was read is not shown without its audit row: the error page instead
                response.resetBuffer();
                throw new ServletException("the page's transaction did not commit", e);
            }
            LOG.log(Level.WARNING, "The transaction of a page already sent did not commit: " + e);
        }
    }

    private static UserTransaction userTransaction() throws NamingException {
        return InitialContext.doLookup("java:comp/UserTransaction");
    }

    private static TransactionSynchronizationRegistry registry() throws NamingException {
        return InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
    }
}
