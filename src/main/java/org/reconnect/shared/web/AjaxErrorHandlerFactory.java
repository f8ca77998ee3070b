package org.reconnect.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * Errors in ajax requests go to PrimeFaces, which sends the browser to the error page of
 * web.xml (an ajax response cannot show a page itself). So does an expired view: that is not a
 * fault, and the friendly "page expired" page is where the person should land. Every other
 * error in an ordinary request goes to the container, which shows the error page with the real
 * status (500) instead of a redirect that would answer 200. When the database cannot be reached,
 * either kind gets the "temporarily unavailable" page instead.
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
                    context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                            + "/errors/unavailable.xhtml");
                } else {
                    DatabaseUnavailable.answer((jakarta.servlet.http.HttpServletResponse) context.getExternalContext().getResponse(),
                            cause);
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
