package org.reconnect.security.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reconnect.security.boundary.LoginThrottle;
import org.reconnect.security.control.SameOrigin;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.web.StatelessPublicViews;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * What every request to Reconnect passes before the container looks at it, and so before its form
 * login checks a password or opens a session (a servlet filter would come too late for both):
 *
 * <ol>
 *   <li>a body larger than the server accepts is answered 413 before it is read;</li>
 *   <li>a request that changes something must come from one of Reconnect's own pages
 *       ({@link SameOrigin}); a cross-site one is answered 403 and changes nothing, sign-in
 *       included (no login CSRF);</li>
 *   <li>a client address that failed to sign in too often waits ({@code AddressThrottle}): its
 *       sign-in is sent back to the login page before any password is checked;</li>
 *   <li>a POST without a session to anything but a public page (an expired session, a page
 *       elsewhere) is sent to the "page expired" page without a session being started, so it
 *       cannot replace anyone's session cookie;</li>
 *   <li>redirects the container builds from the request's {@code Host} header are made relative,
 *       or absolute to the clinic's published address, never to a host the client named.</li>
 * </ol>
 * Each refusal writes one WARN line, never a stack trace.
 */
public final class RequestGate implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(RequestGate.class.getName());
    /** The largest request body: an instrument upload (256 KB file) with its form, and nothing else comes near. */
    public static final long MAX_BODY = 512 * 1024;
    static final String LOGIN_CHECK = "j_security_check";
    private static final HttpString SEC_FETCH_SITE = new HttpString("Sec-Fetch-Site");
    static final String CROSS_SITE = "org.reconnect.crossSite";

    private final HttpHandler next;

    RequestGate(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        HttpServletRequest request = (HttpServletRequest) servlet.getServletRequest();
        HttpServletResponse response = (HttpServletResponse) servlet.getServletResponse();
        exchange.addResponseCommitListener(RequestGate::relativeRedirect);
        String path = exchange.getRelativePath();

        // a body sent in chunks, without its length, stops being read at the same limit
        exchange.setMaxEntitySize(MAX_BODY);
        if (exchange.getRequestContentLength() > MAX_BODY) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Refused a request body of " + exchange.getRequestContentLength() + " bytes to " + path);
            return;
        }
        if (SameOrigin.changesState(exchange.getRequestMethod().toString())) {
            String site = exchange.getRequestHeaders().getFirst(SEC_FETCH_SITE);
            String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
            if (!SameOrigin.allowed(site, origin, exchange.getRequestHeaders().getFirst(Headers.HOST),
                    Settings.publicAddress().orElse(null))) {
                request.setAttribute(CROSS_SITE, Boolean.TRUE);   // the 403 page says what happened
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "Refused a cross-site " + exchange.getRequestMethod()
                        + " to " + path + " (Origin " + oneLine(origin) + ", Sec-Fetch-Site " + oneLine(site) + ")");
                return;
            }
            if (isLoginCheck(exchange)) {
                long wait = CDI.current().select(LoginThrottle.class).get().addressWaitSeconds(request.getRemoteAddr());
                if (wait > 0) {
                    LOG.warning(() -> "Sign-in refused before the password check: " + request.getRemoteAddr() + " waits " + wait + " s");
                    response.sendRedirect(request.getContextPath() + "/login.xhtml?wait=" + wait);
                    return;
                }
            } else if (request.getSession(false) == null && !StatelessPublicViews.isPublic(path)) {
                // nothing to post to without a session; the container would start one to remember the post
                LOG.warning(() -> "A " + exchange.getRequestMethod() + " without a session to " + path + " was sent to the expired page");
                SessionStartFilter.redirect(request, response, request.getContextPath() + "/errors/expired.xhtml");
                return;
            }
        }
        next.handleRequest(exchange);
    }

    /** Whether this is the container's form login (it answers any path that ends so). */
    static boolean isLoginCheck(HttpServerExchange exchange) {
        return exchange.getRequestPath().endsWith(LOGIN_CHECK) || exchange.getRequestURI().endsWith(LOGIN_CHECK)
                || exchange.getRelativePath().endsWith(LOGIN_CHECK);
    }

    /** One WARN line, and the error page of web.xml for the status. */
    private static void refuse(HttpServletResponse response, int status, String why) throws IOException {
        LOG.warning(why);
        response.sendError(status);
    }

    /**
     * A Location the container made absolute from the request's Host header points back to us:
     * it becomes the clinic's published address, or a path on the same site when none is set.
     * Locations to other sites (there are none today) are left alone.
     */
    private static void relativeRedirect(HttpServerExchange exchange) {
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        String host = exchange.getRequestHeaders().getFirst(Headers.HOST);
        if (location == null || host == null) {
            return;
        }
        try {
            URI uri = URI.create(location);
            if (uri.getRawAuthority() == null || !uri.getRawAuthority().equalsIgnoreCase(host.strip())) {
                return;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String rest = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            exchange.getResponseHeaders().put(Headers.LOCATION, Settings.publicAddress().map(a -> a + rest).orElse(rest));
        } catch (IllegalArgumentException notAUri) {
            exchange.getResponseHeaders().put(Headers.LOCATION, "/");
        }
    }

    /** A header value as it may go into one log line. */
    private static String oneLine(String value) {
        if (value == null) {
            return "-";
        }
        String plain = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .replaceAll("[\\p{Cntrl}]", "?");
        return plain.length() > 100 ? plain.substring(0, 100) + "…" : plain.toLowerCase(Locale.ROOT);
    }
}
