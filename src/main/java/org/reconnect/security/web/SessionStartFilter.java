package org.reconnect.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.boundary.RequestOrigin;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.security.boundary.Callers;
import org.reconnect.security.boundary.LoginThrottle;
import org.reconnect.security.boundary.SessionRegistry;
import org.reconnect.security.boundary.TwoStep;
import org.reconnect.security.control.Caller;
import org.reconnect.security.entity.Role;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Runs before every request. It notes the client address for the audit trail; for a signed-in
 * person it checks that the account is still enabled with the roles the session was given (one
 * indexed query, skipped for static resources), so a stale session can do nothing; and on the
 * first authenticated request of a session it audits the login, sets the idle time-out (15
 * minutes for staff, 30 for partners on the portal) and registers the session, so that
 * deactivating the account ends it at once. A staff sign-in that needs a second step (a code
 * from an authenticator app) is held on the two-step page until the code is right.
 */
@WebFilter(filterName = "sessionStart")
public class SessionStartFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String LOGIN_AUDITED = "org.reconnect.loginAudited";
    /** Set while a staff sign-in still needs its second step (a code from the app). */
    public static final String TWO_STEP_PENDING = "org.reconnect.twoStepPending";
    static final String TWO_STEP_PAGE = "/account/two-step.xhtml";
    private static final String RESOURCES = "/jakarta.faces.resource/";
    static final int STAFF_IDLE_SECONDS = 15 * 60;
    static final int PORTAL_IDLE_SECONDS = 30 * 60;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditTrail audit;

    @Inject
    SessionRegistry registry;

    @Inject
    Callers callers;

    @Inject
    LoginThrottle throttle;

    @Inject
    TwoStep twoStep;

    /** The account is still enabled and holds exactly the roles this login was given. */
    private boolean stillAsLoggedIn(HttpServletRequest request) {
        Optional<Caller> caller = callers.current();
        return caller.isPresent() && Arrays.stream(Role.values())
                .allMatch(role -> caller.get().is(role) == request.isUserInRole(role.name()));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.setClientAddress(request.getRemoteAddr());
        if (request.getUserPrincipal() != null && !request.getRequestURI().startsWith(RESOURCES)) {
            if (!stillAsLoggedIn(request)) {
                // deactivated, or roles changed, since this session logged in: it ends here
                HttpSession stale = request.getSession(false);
                if (stale != null) {
                    stale.invalidate();
                }
                request.logout();
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(LOGIN_AUDITED) == null) {
                session.setAttribute(LOGIN_AUDITED, Boolean.TRUE);
                boolean staff = request.isUserInRole(Role.ADMIN_NAME) || request.isUserInRole(Role.THERAPIST_NAME);
                session.setMaxInactiveInterval(staff ? STAFF_IDLE_SECONDS : PORTAL_IDLE_SECONDS);
                registry.register(request.getUserPrincipal().getName(), session);
                boolean secondStep = staff && twoStep.neededAtSignIn();
                audit.record(AuditAction.LOGIN, AuditOutcome.SUCCESS, null, null, null,
                        staff ? (secondStep ? "staff, password; second step next" : "staff") : "portal");
                if (secondStep) {
                    session.setAttribute(TWO_STEP_PENDING, Boolean.TRUE);
                } else {
                    // with a second step, failures are cleared only once the code is right
                    callers.current().ifPresent(c -> throttle.recordSuccess(c.userId()));
                }
            }
            if (session != null && session.getAttribute(TWO_STEP_PENDING) != null && !openDuringSecondStep(request)) {
                redirect(request, response, request.getContextPath() + TWO_STEP_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** What a sign-in waiting for its code may open: the two-step page, help and error pages. */
    private static boolean openDuringSecondStep(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(TWO_STEP_PAGE) || path.startsWith("/help/") || path.startsWith("/errors/")
                || path.equals("/login.xhtml");
    }

    /** A redirect the browser follows, also for a Faces ajax request (which needs it in XML). */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(url);
    }
}
