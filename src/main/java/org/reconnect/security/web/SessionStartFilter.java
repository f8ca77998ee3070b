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
import org.reconnect.security.entity.Role;

import java.io.IOException;

/**
 * Runs before every request. It notes the client address for the audit trail and, on the first
 * authenticated request of a session, audits the login and sets the idle time-out: 15 minutes
 * for staff, 30 for partners on the portal.
 */
@WebFilter(filterName = "sessionStart", urlPatterns = "/*")
public class SessionStartFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String LOGIN_AUDITED = "org.reconnect.loginAudited";
    static final int STAFF_IDLE_SECONDS = 15 * 60;
    static final int PORTAL_IDLE_SECONDS = 30 * 60;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.setClientAddress(request.getRemoteAddr());
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(LOGIN_AUDITED) == null) {
                session.setAttribute(LOGIN_AUDITED, Boolean.TRUE);
                boolean staff = request.isUserInRole(Role.ADMIN_NAME) || request.isUserInRole(Role.THERAPIST_NAME);
                session.setMaxInactiveInterval(staff ? STAFF_IDLE_SECONDS : PORTAL_IDLE_SECONDS);
                audit.record(AuditAction.LOGIN, AuditOutcome.SUCCESS, null, null, null, staff ? "staff" : "portal");
            }
        }
        chain.doFilter(request, response);
    }
}
