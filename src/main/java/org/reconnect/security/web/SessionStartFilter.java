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
import org.reconnect.security.boundary.SessionActivity;
import org.reconnect.security.boundary.SessionRegistry;
import org.reconnect.security.boundary.ThisSession;
import org.reconnect.security.boundary.TwoStep;
import org.reconnect.security.control.DeviceName;
import org.reconnect.security.control.IdleRule;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;
import org.reconnect.shared.web.StaticFiles;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Runs before every request. It notes the client address for the audit trail; for a signed-in
 * person it checks that the account is still enabled with the roles the session was given (one
 * indexed query, skipped for {@link StaticFiles}), so a stale session can do nothing; and on the
 * first authenticated request of a session it audits the login, sets the idle time-out (15
 * minutes for staff, 30 for partners on the portal) and registers the session, so that
 * deactivating the account ends it at once. A staff sign-in that needs a second step (a code
 * from an authenticator app) is held on the two-step page until the code is right.
 */
@WebFilter(filterName = "sessionStart")
public class SessionStartFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The login this session's sign-in was recorded for. */
    static final String SIGNED_IN_AS = "org.reconnect.signedInAs";
    /** The login that passed the second step (or needed none) in this session. */
    static final String SECOND_STEP_PASSED = "org.reconnect.secondStepPassed";
    /** The session's handle in the session registry (what the person's list of sessions knows it by). */
    static final String HANDLE = "org.reconnect.sessionHandle";
    /** A request attribute: this staff sign-in still waits for its second step. */
    public static final String TWO_STEP_PENDING = "org.reconnect.twoStepPending";
    static final String TWO_STEP_PAGE = "/account/two-step.xhtml";
    static final int STAFF_IDLE_SECONDS = 15 * 60;
    static final int PORTAL_IDLE_SECONDS = 30 * 60;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditTrail audit;

    @Inject
    SessionRegistry registry;

    @Inject
    SessionActivity activity;

    @Inject
    Callers callers;

    @Inject
    LoginThrottle throttle;

    @Inject
    TwoStep twoStep;

    @Inject
    ThisSession thisSession;

    /** The account is still enabled and holds exactly the roles this login was given. */
    private static boolean stillAsLoggedIn(HttpServletRequest request, Optional<Caller> caller) {
        return caller.isPresent() && Arrays.stream(Role.values())
                .allMatch(role -> caller.get().is(role) == request.isUserInRole(role.name()));
    }

    /** This login's handle in this session, or null before the session's first request as this login. */
    private static String handleOf(HttpSession session, String who) {
        return session != null && who.equals(session.getAttribute(SIGNED_IN_AS))
                && session.getAttribute(HANDLE) instanceof String handle ? handle : null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.setClientAddress(request.getRemoteAddr());
        String path = path(request);
        if (request.getUserPrincipal() != null && !StaticFiles.isStatic(path)) {
            String who = request.getUserPrincipal().getName();
            HttpSession session = request.getSession(false);
            String known = handleOf(session, who);
            // one statement: the account, and (once the session has a handle) whether any server ended it
            Optional<Caller> caller = known == null ? callers.current() : callers.stillSignedIn(known);
            if (!stillAsLoggedIn(request, caller)) {
                // deactivated, roles changed, or the session ended (on any server) since it logged in: it
                // ends here, and the request gets what a request without a session gets, the login form
                // at the address asked for (back to that page after signing in)
                if (session != null) {
                    session.invalidate();
                }
                request.logout();
                if (request.authenticate(response)) {
                    response.sendRedirect(request.getContextPath() + "/login.xhtml");
                }
                return;
            }
            boolean staff = request.isUserInRole(Role.ADMIN_NAME) || request.isUserInRole(Role.THERAPIST_NAME);
            if (session != null && !who.equals(session.getAttribute(SIGNED_IN_AS))) {
                // a new sign-in: the session's first request, or another login posted in the same session
                session.removeAttribute(SECOND_STEP_PASSED);
                session.setMaxInactiveInterval(staff ? STAFF_IDLE_SECONDS : PORTAL_IDLE_SECONDS);
                if (session.getAttribute(HANDLE) instanceof String previous) {
                    // the login this session had is over: its row leaves that person's list of sessions
                    registry.forget(previous);
                    session.removeAttribute(HANDLE);
                }
                // registered first: a sign-in whose row could not be written is tried again at the next
                // request, never left as a session no server could end
                session.setAttribute(HANDLE, registry.register(caller.get().userId(),
                        DeviceName.of(request.getHeader("User-Agent")), request.getRemoteAddr(), session.getMaxInactiveInterval()));
                session.setAttribute(SIGNED_IN_AS, who);
                boolean secondStep = staff && twoStep.neededAtSignIn();
                audit.record(AuditAction.LOGIN, AuditOutcome.SUCCESS, null, null, null,
                        staff ? (secondStep ? "staff, password; second step next" : "staff") : "portal");
                if (!secondStep) {
                    // with a second step, failures are cleared only once the code is right
                    caller.ifPresent(c -> throttle.recordSuccess(c.userId()));
                    passed(session, who);
                }
            }
            if (session != null && session.getAttribute(HANDLE) instanceof String handle) {
                thisSession.setHandle(handle);
            }
            Object activeBefore = session == null ? null : session.getAttribute(SessionRegistry.LAST_ACTIVITY);
            if (session != null && !stillActive(request, session)) {
                // a page left open polled past the idle limit: the session ends as if it had timed out
                session.invalidate();
                request.logout();
                redirect(request, response, request.getContextPath() + "/login.xhtml?idle=true");
                return;
            }
            if (session != null && session.getAttribute(SessionRegistry.LAST_ACTIVITY) instanceof Long at
                    && !at.equals(activeBefore) && session.getAttribute(HANDLE) instanceof String handle) {
                activity.touch(handle, at);   // for the list of sessions, written by the server every half minute
            }
            // fails closed: a staff session is let through only once it is marked as passed for this login
            if (staff && !passedSecondStep(session, who)) {
                request.setAttribute(TWO_STEP_PENDING, Boolean.TRUE);
                if (!openDuringSecondStep(request, path)) {
                    redirect(request, response, request.getContextPath() + TWO_STEP_PAGE);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Notes the person's activity, or, for a request the page made by itself (a background poll),
     * checks that they have been active within the idle limit; see {@link IdleRule}.
     */
    static boolean stillActive(HttpServletRequest request, HttpSession session) {
        long now = System.currentTimeMillis();
        boolean background = "partial/ajax".equals(request.getHeader("Faces-Request"))
                && IdleRule.isBackground(request.getParameter("jakarta.faces.source"));
        if (!background) {
            session.setAttribute(SessionRegistry.LAST_ACTIVITY, now);
            return true;
        }
        // a session with no activity noted yet (one from before this rule) counts from its start
        long last = session.getAttribute(SessionRegistry.LAST_ACTIVITY) instanceof Long noted ? noted : session.getCreationTime();
        return !IdleRule.ended(last, now, session.getMaxInactiveInterval());
    }

    /** Marks the session as through the second step (or as not needing one) for this login. */
    static void passed(HttpSession session, String who) {
        session.setAttribute(SECOND_STEP_PASSED, who);
    }

    static boolean passedSecondStep(HttpSession session, String who) {
        return session != null && who.equals(session.getAttribute(SECOND_STEP_PASSED));
    }

    /** The path as the container resolved it (never the raw request URI, which may hold "..", "%2e" or ";"). */
    private static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        return request.getPathInfo() == null ? servletPath : servletPath + request.getPathInfo();
    }

    /**
     * What a sign-in waiting for its code may open: the two-step page, help and error pages, and
     * only by a plain address.
     */
    private static boolean openDuringSecondStep(HttpServletRequest request, String path) {
        String raw = request.getRequestURI().toLowerCase(java.util.Locale.ROOT);
        if (raw.contains("..") || raw.contains("%2e") || raw.contains(";") || raw.contains("%2f") || raw.contains("%5c")) {
            return false;
        }
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
