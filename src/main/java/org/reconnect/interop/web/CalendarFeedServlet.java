package org.reconnect.interop.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reconnect.interop.boundary.CalendarFiles;
import org.reconnect.schedule.boundary.CalendarFeeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A therapist's private calendar feed, {@code /calendar/<token>.ics}: what a phone's calendar
 * subscribes to, without signing in (the token is the secret). An address that opens nothing
 * answers 404, like any address that does not exist. Never cached on the way: it names sessions.
 */
@WebServlet(name = "calendarFeed", urlPatterns = CalendarFeeds.PATH + "*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String SUFFIX = ".ics";

    @Inject
    transient CalendarFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> calendar = path == null || !path.endsWith(SUFFIX) || path.indexOf('/', 1) >= 0
                ? Optional.empty()
                : files.feed(path.substring(1, path.length() - SUFFIX.length()));
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = calendar.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
