package org.reconnect.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * Requests no page of Reconnect ever sends: a postback without the page's Content-Security-Policy
 * nonce or with another one, a number field holding letters, a body larger than the server takes.
 * They are answered 400 (or 413) with the friendly error page and one WARN line, never a 500 and
 * never a stack trace, and nothing they carry reaches a bean.
 *
 * <p>As a phase listener it checks the nonce right after the view is restored, before any value
 * is applied or any action runs (PrimeFaces itself would only check it while rendering, after the
 * change was made). {@link AjaxErrorHandlerFactory} asks {@link #statusFor} about the exceptions
 * of the other kinds.
 */
public class BadRequests implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BadRequests.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view is not there yet
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null || context.getResponseComplete()
                || context.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
            return;   // nothing restored (an expired page, say): its own error page follows
        }
        try {
            // validates the posted nonce against the one the page was given (or its form, for a stateless page)
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException wrongNonce) {
            answer(context, HttpServletResponse.SC_BAD_REQUEST, "postback refused before any change: " + wrongNonce.getMessage());
        }
    }

    /**
     * The status a failure deserves when the request itself was bad (400, 413), or 0 when it was
     * not the request's fault.
     */
    static int statusFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CspException || t instanceof NumberFormatException) {
                return HttpServletResponse.SC_BAD_REQUEST;
            }
            if ("io.undertow.server.RequestTooBigException".equals(t.getClass().getName())) {
                return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            }
        }
        return 0;
    }

    /** Ends the request with the error page of the status and one WARN line. */
    static void answer(FacesContext context, int status, String why) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        LOG.warning(() -> "Bad request " + status + " to " + request.getRequestURI() + " from " + request.getRemoteAddr() + ": " + why);
        try {
            context.getExternalContext().responseReset();
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
