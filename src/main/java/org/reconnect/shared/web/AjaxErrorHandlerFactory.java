package org.reconnect.shared.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;

import java.util.Iterator;
import java.util.Map;

/**
 * Errors in ajax requests go to PrimeFaces, which sends the browser to the error page of
 * web.xml (an ajax response cannot show a page itself). So does an expired view: that is not a
 * fault, and the friendly "page expired" page is where the person should land. Every other
 * error in an ordinary request goes to the container, which shows the error page with the real
 * status (500) instead of a redirect that would answer 200. When the database cannot be reached,
 * either kind gets the "temporarily unavailable" page instead.
 * <p>
 * A boundary's refusal of a page action ({@link Refusal}, {@link InvalidInput}) is no error: it
 * becomes the page's message here, in one place, on the submitted form (on the field it names),
 * and the page renders again; a refusal because the caller's account is now locked signs this
 * session out as well. A refusal while a page is opened (its view action, no form submitted)
 * answers 404: the id in its address is one the caller may not see. A bean catches one only to change what the page shows as well.
 */
public class AjaxErrorHandlerFactory extends ExceptionHandlerFactory {

    public AjaxErrorHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new AjaxOnly(getWrapped().getExceptionHandler());
    }

    /** Shares the wrapped handler's queue of exceptions; chooses who handles them at the end. */
    static final class AjaxOnly extends ExceptionHandlerWrapper {

        private final PrimeExceptionHandler ajax;

        AjaxOnly(ExceptionHandler wrapped) {
            super(wrapped);
            this.ajax = new PrimeExceptionHandler(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null) {
                refusals(context);
            }
            if (!getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
                return;
            }
            if (context != null && (databaseUnavailable(context) || badRequest(context))) {
                return;
            }
            if (context != null && (context.getPartialViewContext().isAjaxRequest() || viewExpired())) {
                ajax.handle();
            } else {
                getWrapped().handle();
            }
        }

        /**
         * Shows each refusal (any phase before the page renders) as the page's message, takes it off
         * the queue and goes straight to rendering: nothing after the refusal runs (a refusal while
         * the request is applied never reaches the action), and the page renders with the message.
         * A refusal while rendering stays an error: the page is half written by then.
         */
        private void refusals(FacesContext context) {
            if (context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
                return;
            }
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable t = events.next().getContext().getException();
                while (t != null && !(t instanceof Refusal) && !(t instanceof InvalidInput)) {
                    t = t.getCause();
                }
                if (t instanceof Refusal refusal && refusal.locksOut()) {
                    events.remove();
                    signOut();
                } else if (t instanceof Refusal && !context.isPostback()) {
                    // the page was opened with an id the caller may not see: as if there were none
                    events.remove();
                    Requests.notFound();
                } else if (t instanceof Refusal refusal) {
                    Messages.refused(refusal, submittedForm(context));
                    events.remove();
                    context.renderResponse();
                    CDI.current().getBeanManager().getEvent().select(Refused.class).fire(new Refused(refusal));
                } else if (t instanceof InvalidInput invalid) {
                    Messages.invalid(invalid, submittedForm(context));
                    events.remove();
                    context.renderResponse();
                }
            }
        }

        /**
         * The caller's account was locked by this very action (too many wrong answers to a
         * re-authentication): this session ends too, and the browser goes to the login page.
         */
        private static void signOut() {
            try {
                Requests.signOutLocked();
            } catch (java.io.IOException e) {
                throw new jakarta.faces.FacesException(e);
            }
        }

        /** The client id of the form this request submitted (its hidden field names and holds it), or {@code null}. */
        private static String submittedForm(FacesContext context) {
            for (Map.Entry<String, String> parameter : context.getExternalContext().getRequestParameterMap().entrySet()) {
                if (parameter.getKey().equals(parameter.getValue()) && context.getViewRoot() != null) {
                    UIComponent found = context.getViewRoot().findComponent(parameter.getKey());
                    if (found instanceof UIForm) {
                        return found.getClientId(context);
                    }
                }
            }
            return null;
        }

        /**
         * The database could not be reached: the "temporarily unavailable" page, by redirect for
         * an ajax request, as the 503 error page otherwise.
         */
        private boolean databaseUnavailable(FacesContext context) {
            Throwable cause = null;
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                if (DatabaseUnavailable.causedByIt(event.getContext().getException())) {
                    cause = event.getContext().getException();
                }
            }
            if (cause == null) {
                return false;
            }
            try {
                if (context.getPartialViewContext().isAjaxRequest()) {
                    // the page it leads to is a new request: it learns an unanswered commit from the address
                    context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                            + "/errors/unavailable.xhtml" + (DatabaseUnavailable.outcomeUnknown(cause) ? "?sent=unconfirmed" : ""));
                } else {
                    DatabaseUnavailable.answer((jakarta.servlet.http.HttpServletRequest) context.getExternalContext().getRequest(),
                            (jakarta.servlet.http.HttpServletResponse) context.getExternalContext().getResponse(), cause);
                }
            } catch (java.io.IOException e) {
                throw new jakarta.faces.FacesException(e);
            }
            var it = getUnhandledExceptionQueuedEvents().iterator();
            while (it.hasNext()) {
                it.next();
                it.remove();
            }
            context.responseComplete();
            return true;
        }

        /**
         * The request itself was bad (a number field holding letters, a nonce that is not the
         * page's, a body too large): 400 or 413 with the friendly page and one WARN line.
         */
        private boolean badRequest(FacesContext context) {
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                Throwable failure = event.getContext().getException();
                int status = BadRequests.statusFor(failure);
                if (status != 0) {
                    var it = getUnhandledExceptionQueuedEvents().iterator();
                    while (it.hasNext()) {
                        it.next();
                        it.remove();
                    }
                    BadRequests.answer(context, status, failure.getClass().getSimpleName() + ": " + failure.getMessage());
                    return true;
                }
            }
            return false;
        }

        private boolean viewExpired() {
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                for (Throwable t = event.getContext().getException(); t != null; t = t.getCause()) {
                    if (t instanceof ViewExpiredException) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
