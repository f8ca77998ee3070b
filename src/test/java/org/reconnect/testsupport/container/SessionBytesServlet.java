package org.reconnect.testsupport.container;

import io.undertow.server.session.Session;
import io.undertow.servlet.api.Deployment;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Serializes, with plain Java serialization, every attribute of the application's HTTP session
 * that the request's {@code JSESSIONID} cookie (path {@code /}) names: what a second server needs
 * to take the session over. Answers one line per attribute, {@code ok name bytes} or
 * {@code FAIL name: what could not be serialized}. The session is found through the server's own
 * Undertow host, since a test archive has a context (and sessions) of its own. Not annotated: it
 * answers only in an archive whose web.xml maps it ({@link #PATH}).
 */
public class SessionBytesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/session-bytes";

    /** The modules the servlet needs besides those every test archive has. */
    public static final List<String> MODULES = List.of("org.jboss.as.server", "org.jboss.msc", "org.wildfly.extension.undertow",
            "io.undertow.core", "io.undertow.servlet");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        String id = appSessionId(request);
        if (id == null) {
            response.setStatus(400);
            out.println("no session cookie of the application");
            return;
        }
        Optional<Session> session = application().map(app -> app.getSessionManager().getSession(id));
        if (session.isEmpty() || session.get() == null) {
            response.setStatus(404);
            out.println("no such session in the application");
            return;
        }
        for (String name : session.get().getAttributeNames()) {
            Object value = session.get().getAttribute(name);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream stream = new ObjectOutputStream(bytes)) {
                stream.writeObject(value);
                stream.flush();
                out.println("ok " + name + " " + bytes.size());
            } catch (IOException | RuntimeException e) {
                out.println("FAIL " + name + ": " + e);
            }
        }
    }

    /** The application's session id: the JSESSIONID cookie that is not this archive's own; the route suffix stays. */
    private static String appSessionId(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (Cookie cookie : request.getCookies()) {
            if ("JSESSIONID".equals(cookie.getName())) {
                ids.add(cookie.getValue());
            }
        }
        // this archive never opens a session of its own, so its cookie is absent; one is the application's.
        // Its value may end with the route of the server that made it (".node1"): the id is what precedes it.
        if (ids.size() != 1) {
            return null;
        }
        int route = ids.get(0).indexOf('.');
        return route < 0 ? ids.get(0) : ids.get(0).substring(0, route);
    }

    /**
     * The root web application's Undertow deployment, from the server's service registry: the
     * Undertow host service's deployments (by reflection, so that the tests compile without the
     * server's own jars; the archive names their modules, {@link #MODULES}).
     */
    private static Optional<Deployment> application() {
        try {
            // through the public interfaces: the implementations are not public
            Object container = Class.forName("org.jboss.as.server.CurrentServiceContainer").getMethod("getServiceContainer").invoke(null);
            Class<?> registry = Class.forName("org.jboss.msc.service.ServiceRegistry");
            Method getService = registry.getMethod("getService", Class.forName("org.jboss.msc.service.ServiceName"));
            Method getValue = Class.forName("org.jboss.msc.service.ServiceController").getMethod("getValue");
            for (Object name : (Collection<?>) registry.getMethod("getServiceNames").invoke(container)) {
                String canonical = (String) name.getClass().getMethod("getCanonicalName").invoke(name);
                if (!canonical.contains("undertow") || !canonical.contains("host")) {
                    continue;
                }
                Object controller = getService.invoke(container, name);
                Object value;
                try {
                    value = controller == null ? null : getValue.invoke(controller);
                } catch (ReflectiveOperationException | RuntimeException notUp) {
                    continue;
                }
                if (value != null && "org.wildfly.extension.undertow.Host".equals(value.getClass().getName())) {
                    for (Object deployment : (Collection<?>) value.getClass().getMethod("getDeployments").invoke(value)) {
                        Deployment app = (Deployment) deployment;
                        String path = app.getDeploymentInfo().getContextPath();
                        if (path == null || path.isEmpty() || "/".equals(path)) {
                            return Optional.of(app);
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the server's Undertow host", e);
        }
    }
}
