package org.reconnect.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages a form's action keeps for the page it redirects to ("Micro-moment saved."),
 * kept until a page has shown them. They wait in the session, not in the Faces flash: the flash
 * is spent by the next request whatever becomes of it, so a confirmation of a committed save was
 * lost when the page it led to could not be read (the database gone for a moment) and got the
 * outage page instead. Here the next full page rendered adds them (the phase listener), and they
 * leave the session only once that page has been rendered and its transaction committed (the
 * filter, mapped around the page's transaction); an error page, an ajax answer or a failed page
 * leaves them for the next one.
 */
@WebFilter(filterName = "confirmations")
public class Confirmations extends HttpFilter implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** The session's list of messages waiting to be shown. */
    private static final String WAITING = Confirmations.class.getName() + ".waiting";
    /** The messages this request's page shows, to be let go once it has been sent. */
    private static final String SHOWN = Confirmations.class.getName() + ".shown";
    /** This request kept its messages itself: they are in its context already. */
    private static final String KEPT_HERE = Confirmations.class.getName() + ".keptHere";

    /** One message waiting for its page. */
    record Waiting(String clientId, int severity, String summary, String detail) implements Serializable {

        FacesMessage message() {
            FacesMessage.Severity level = List.of(FacesMessage.SEVERITY_INFO, FacesMessage.SEVERITY_WARN, FacesMessage.SEVERITY_ERROR,
                    FacesMessage.SEVERITY_FATAL).stream().filter(s -> s.getOrdinal() == severity).findFirst().orElse(FacesMessage.SEVERITY_INFO);
            return new FacesMessage(level, summary, detail);
        }
    }

    /** Keeps this request's messages until a page has shown them (Messages.keepForRedirect). */
    static void keep(FacesContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        List<Waiting> waiting = waiting(request.getSession());
        List<Waiting> kept = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            for (Iterator<FacesMessage> messages = context.getMessages(clientId); messages.hasNext(); ) {
                FacesMessage message = messages.next();
                kept.add(new Waiting(clientId, message.getSeverity().getOrdinal(), message.getSummary(), message.getDetail()));
            }
        }
        waiting.addAll(kept);
        request.getSession().setAttribute(WAITING, waiting);
        request.setAttribute(KEPT_HERE, kept);
    }

    @SuppressWarnings("unchecked")
    private static List<Waiting> waiting(HttpSession session) {
        Object waiting = session == null ? null : session.getAttribute(WAITING);
        return waiting instanceof List<?> list ? new ArrayList<>((List<Waiting>) list) : new ArrayList<>();
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    /** A full page is about to render: the waiting messages go on it. */
    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!(context.getExternalContext().getRequest() instanceof HttpServletRequest request)
                || request.getDispatcherType() != DispatcherType.REQUEST || context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        List<Waiting> waiting = waiting(request.getSession(false));
        if (waiting.isEmpty()) {
            return;
        }
        Object keptHere = request.getAttribute(KEPT_HERE);
        for (Waiting message : waiting) {
            if (!(keptHere instanceof List<?> here && here.contains(message))) {
                context.addMessage(message.clientId(), message.message());
            }
        }
        request.setAttribute(SHOWN, waiting);
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // the filter lets them go, once the page has gone out whole
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        // reached only when the page and its transaction ended well: what it showed is shown
        if (request.getAttribute(SHOWN) instanceof List<?> shown && response.getStatus() < 400) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                List<Waiting> waiting = waiting(session);
                waiting.removeAll(shown);
                if (waiting.isEmpty()) {
                    session.removeAttribute(WAITING);
                } else {
                    session.setAttribute(WAITING, waiting);
                }
            }
        }
    }
}
