package org.reconnect.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
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
 * The form-login error page. The container forwards a failed login here, inside the very request
 * in which it checked the credentials, with the submitted form, so the attempt can be counted
 * (per account and per client address) and audited with the login that was tried; then the
 * browser goes back to the login page, which says that the email or password was wrong, never
 * which of the two.
 *
 * <p>Only that forward counts. A request of its own to this address (anyone can send one, with
 * any email, and no password is checked) counts nothing, audits nothing and locks nobody: it is
 * answered like a plain visit to the login page.
 */
@WebServlet(name = "loginFailed", urlPatterns = LoginFailedServlet.PATH)
public class LoginFailedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/login-failed";
    /** Where the container's form login is posted. */
    static final String LOGIN_CHECK = "/j_security_check";

    @Inject
    AuditTrail audit;

    @Inject
    RequestOrigin origin;

    @Inject
    LoginThrottle throttle;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (fromTheContainersLoginCheck(request)) {
            // the login POST is answered by the container's mechanism before any filter runs
            origin.setClientAddress(request.getRemoteAddr());
            String tried = request.getParameter("j_username");
            String login = tried == null ? "" : tried.strip().toLowerCase(Locale.ROOT);
            audit.recordFor(login, AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE,
                    "wrong email or password, account disabled or locked");
            throttle.recordFailure(login);
            throttle.recordAddressFailure(request.getRemoteAddr());
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?failed=true");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?failed=true");
    }

    /**
     * Whether the container forwarded a failed credential check of its form login here: a
     * request sent to this address directly is a plain REQUEST, and only the container's own
     * mechanism forwards from the login check. (The attributes of a forward are set by the
     * container and cannot come from the client.)
     */
    static boolean fromTheContainersLoginCheck(HttpServletRequest request) {
        Object from = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return request.getDispatcherType() == DispatcherType.FORWARD
                && (LOGIN_CHECK.equals(from) || (uri instanceof String u && u.endsWith(LOGIN_CHECK)));
    }
}
