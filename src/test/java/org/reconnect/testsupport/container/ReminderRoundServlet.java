package org.reconnect.testsupport.container;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reconnect.reminders.boundary.Reminders;

import java.io.IOException;
import java.time.Instant;

/**
 * Runs the reminder round inside the server at a chosen instant ({@code at}, ISO-8601), as the
 * demo admin, for a client-side test that checks what the round e-mails; answers how many it
 * sent. Not annotated: it answers only in an archive whose web.xml maps it ({@link #WEB_XML}).
 */
public class ReminderRoundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/round";

    public static final String WEB_XML = TestServlets.webXml(ReminderRoundServlet.class, PATH);

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant at = Instant.parse(request.getParameter("at"));
        response.setContentType("text/plain;charset=UTF-8");
        int sent;
        try {
            sent = RunAs.user("admin@demo.test", () -> Deployed.boundary(Reminders.class).sendDue(at));
        } catch (Exception e) {
            // the test's failure message names the cause: every exception in the chain, outermost first
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            for (Throwable t = e; t != null; t = t.getCause()) {
                response.getWriter().println(t);
            }
            return;
        }
        response.getWriter().print(sent);
    }
}
