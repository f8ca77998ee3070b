package org.reconnect.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.boundary.RequestOrigin;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.security.boundary.LoginThrottle;

import java.io.IOException;
import java.util.Locale;

/**
 * The form-login error page. The container forwards a failed login here with the submitted
 * form, so the attempt can be audited with the login that was tried; then the browser goes back
 * to the login page, which says that the email or password was wrong, never which of the two.
 */
@WebServlet(name = "loginFailed", urlPatterns = "/login-failed")
public class LoginFailedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    @Inject
    RequestOrigin origin;

    @Inject
    LoginThrottle throttle;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the login POST is answered by the container's mechanism before any filter runs
        origin.setClientAddress(request.getRemoteAddr());
        String tried = request.getParameter("j_username");
        if (tried != null) {
            audit.recordFor(tried.strip().toLowerCase(Locale.ROOT), AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE,
                    "wrong email or password, account disabled or locked");
            throttle.recordFailure(tried);
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?failed=true");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?failed=true");
    }
}
