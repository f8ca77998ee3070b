package org.reconnect.security.control;

/**
 * What keeps a session alive. A request the person made counts as activity; a request a page makes
 * by itself in the background (a poll for new messages, its component id starting with
 * {@code background}) does not, or a page left open would never be signed out. Such a request,
 * once the person has done nothing for the session's idle limit, ends the session instead.
 */
public final class IdleRule {

    /** How a background component's id begins (the last part of its client id). */
    public static final String BACKGROUND_ID = "background";

    private IdleRule() {
    }

    /** Whether a Faces ajax request from this component ({@code jakarta.faces.source}) was made by the page itself. */
    public static boolean isBackground(String facesSource) {
        if (facesSource == null) {
            return false;
        }
        return facesSource.substring(facesSource.lastIndexOf(':') + 1).startsWith(BACKGROUND_ID);
    }

    /** Whether the person's last activity is the idle limit or more ago. */
    public static boolean ended(long lastActivityMillis, long nowMillis, int limitSeconds) {
        return limitSeconds > 0 && nowMillis - lastActivityMillis >= limitSeconds * 1000L;
    }
}
